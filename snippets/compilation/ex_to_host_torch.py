import torch

x = torch.arange(4.0, device="cpu")  # a chosen device, whatever the default is
y = x**2
y.device.type, y.cpu().numpy()  # the device, then the value as a NumPy array on the host
