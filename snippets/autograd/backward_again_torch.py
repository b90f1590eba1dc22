# raises: RuntimeError
import torch

x = torch.tensor(3.0, requires_grad=True)
y = x * x
y.backward()  # 2x = 6 in x.grad; the graph's saved values are freed
y.backward()  # without retain_graph=True there is nothing left to go back through
