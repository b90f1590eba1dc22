# raises: RuntimeError
import torch

x = torch.tensor(3, requires_grad=True)  # an integer tensor cannot record gradients
