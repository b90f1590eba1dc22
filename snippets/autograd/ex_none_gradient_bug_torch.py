# raises: RuntimeError
import torch

x = torch.tensor([1.0, 2.0])
y = x * x  # computed before x records anything
x.requires_grad_()
z = torch.sum(3 * y)  # so z has no grad_fn: nothing links it to x
z.backward()
