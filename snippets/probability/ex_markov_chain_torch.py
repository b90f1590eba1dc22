import torch

p_a = torch.tensor([0.7, 0.3])  # P(A)
p_b_a = torch.tensor([[0.9, 0.1],  # P(B | A): row a, column b
                      [0.4, 0.6]])
p_c_b = torch.tensor([[0.8, 0.2],  # P(C | B): row b, column c; C looks at B only
                      [0.3, 0.7]])
joint = torch.einsum("a,ab,bc->abc", p_a, p_b_a, p_c_b)  # P(A, B, C) = P(A) P(B|A) P(C|B)
p_c_ab = joint / joint.sum(dim=2, keepdim=True)  # P(C | A, B)
# P(C) by summing the joint, and as a chain of matrix products
joint.sum(), p_c_ab[0] - p_c_ab[1], joint.sum(dim=(0, 1)), p_a @ p_b_a @ p_c_b
