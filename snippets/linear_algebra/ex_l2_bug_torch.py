import torch


def l2_norm_buggy(v):
    return torch.abs(v).sum()  # the sum of |v_i|: the L1 norm


v = torch.tensor([3.0, -4.0])
unit_buggy = v / l2_norm_buggy(v)
unit = v / torch.linalg.vector_norm(v)  # ord=2 is the default
torch.linalg.vector_norm(unit_buggy), torch.linalg.vector_norm(unit)
