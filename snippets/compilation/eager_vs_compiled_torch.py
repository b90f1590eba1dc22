import statistics
import time

import matplotlib.pyplot as plt
import torch


def f(x):  # a matmul, then GELU (tanh approximation): eight elementwise ops
    y = x @ x
    return 0.5 * y * (1 + torch.tanh(0.7978846 * (y + 0.044715 * y**3)))


def microseconds_per_call(fn, x, calls=50, repeats=7):
    fn(x)  # warm up: the first call of a compiled function compiles it
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(calls):
            fn(x)
        if x.is_cuda:
            torch.cuda.synchronize()  # CUDA kernels run asynchronously
        times.append((time.perf_counter() - start) / calls * 1e6)
    return statistics.median(times)


torch.manual_seed(0)
x = torch.randn(256, 256)
times = {"eager": microseconds_per_call(f, x),
         "torch.compile": microseconds_per_call(torch.compile(f), x)}
fig, ax = plt.subplots(figsize=(5, 3.5))
ax.bar(list(times), list(times.values()), color=["tab:gray", "tab:orange"])
ax.set_ylabel("time per call (µs)")
ax.set_title(f"GELU(x @ x), 256×256, PyTorch on {x.device}")
plt.show()
