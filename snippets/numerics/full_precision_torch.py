import numpy as np
import torch

n = 256
a = np.sin(np.arange(n * n)).reshape(n, n)  # float64 data, and its exact product
b = np.cos(np.arange(n * n)).reshape(n, n)
exact = a @ b
x, y = torch.tensor(a, dtype=torch.float32), torch.tensor(b, dtype=torch.float32)


def rel_error(c):
    return float(np.abs(c.cpu().numpy() - exact).max() / np.abs(exact).max())


default = rel_error(x @ y)
# ask for full float32 precision, and restore the setting afterwards
previous = torch.get_float32_matmul_precision()
torch.set_float32_matmul_precision("highest")
try:
    full = rel_error(x @ y)
finally:
    torch.set_float32_matmul_precision(previous)
default, full
