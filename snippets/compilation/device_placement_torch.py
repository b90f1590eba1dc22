import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.ones(2, 3, device="cpu").to(device)  # made on the CPU, copied to the GPU if any
y = 2 * x  # computed where x lives
y.device, y.cpu().numpy()
