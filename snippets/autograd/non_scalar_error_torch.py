# raises: RuntimeError
import torch

x = torch.arange(4.0, requires_grad=True)
y = x * x
y.backward()  # grad can be implicitly created only for scalar outputs
