import torch

torch.manual_seed(0)
x = torch.randn(100_000)
print("first three:", x[:3])  # other numbers than JAX's and TensorFlow's for seed 0
x.mean().item(), x.std(correction=0).item()  # but the same distribution (std over n)
