import time

import torch

torch.manual_seed(0)
x = torch.randn(1000, 1000)
x @ x  # warm up

start = time.perf_counter()
y = x @ x
dispatched = time.perf_counter()
shape = y.shape  # known without computing anything
shape_read = time.perf_counter()
host = y.cpu().numpy()  # on a GPU, .cpu() waits for the matmul, then copies
converted = time.perf_counter()
{"x @ x (ms)": round((dispatched - start) * 1e3, 2),
 "y.shape (ms)": round((shape_read - dispatched) * 1e3, 2),
 "y.cpu().numpy() (ms)": round((converted - shape_read) * 1e3, 2)}
