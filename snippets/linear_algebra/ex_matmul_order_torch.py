import torch

torch.manual_seed(0)
# entries in {-1, 0, 1}: every product below is exact in float32, whatever the order
A = torch.randint(-1, 2, (2**6, 2**12)).float()
B = torch.randint(-1, 2, (2**12, 2**5)).float()
C = torch.randint(-1, 2, (2**5, 2**10)).float()


def macs(X, Y):  # multiply-adds of X @ Y
    return X.shape[0] * X.shape[1] * Y.shape[1]


AB, BC = A @ B, B @ C
left = macs(A, B) + macs(AB, C)  # (AB)C
right = macs(B, C) + macs(A, BC)  # A(BC)
AB.shape, BC.shape, left, right, torch.equal(AB @ C, A @ BC)
