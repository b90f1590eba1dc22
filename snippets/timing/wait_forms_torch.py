import torch

x = torch.arange(6.0).reshape(2, 3)
results = {"product": x @ x.T, "total": x.sum()}
if x.is_cuda:
    torch.cuda.synchronize()  # waits for all queued work on the current GPU
results
