# raises: RuntimeError
import torch

a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
b = a.sigmoid()  # sigmoid saves its output b: its gradient is b * (1 - b)
b[1] = 2.0       # overwrites b in place: b._version goes from 0 to 1
print("b._version:", b._version)
b.sum().backward()  # backward finds b changed since sigmoid saved it
a.grad
