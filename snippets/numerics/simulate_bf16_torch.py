import numpy as np
import torch

n = 256
a = np.sin(np.arange(n * n)).reshape(n, n)  # float64 data, and its exact product
b = np.cos(np.arange(n * n)).reshape(n, n)
exact = a @ b
x, y = torch.tensor(a, dtype=torch.float32), torch.tensor(b, dtype=torch.float32)


def rel_error(c):
    return float(np.abs(c.cpu().numpy() - exact).max() / np.abs(exact).max())


def to_bf16(t):  # round to bfloat16 and back: float32 again, with 8 significant bits
    return t.to(torch.bfloat16).float()


# what one bfloat16 pass does: round the inputs to bfloat16, multiply and add in float32
rounded = to_bf16(x) @ to_bf16(y)
rel_error(x @ y), rel_error(rounded)
