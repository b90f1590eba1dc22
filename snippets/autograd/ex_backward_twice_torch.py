import torch

x = torch.tensor(2.0, requires_grad=True)
y = x**3
y.backward(retain_graph=True)  # keep the graph: without this, the next call raises
first = x.grad.clone()
y.backward()  # runs again and adds into x.grad
first, x.grad  # 3x² = 12, then 12 + 12
