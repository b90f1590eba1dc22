# raises: RuntimeError
import torch


def entropy_term(p):  # sum of p log p, with 0 log 0 taken as 0
    return torch.where(p > 0, p * torch.log(p), 0.0).sum()


p = torch.tensor([0.0, 0.25, 0.75], requires_grad=True)
with torch.autograd.detect_anomaly():  # check every step of the backward pass
    entropy_term(p).backward()  # stops at the first step that returns nan
