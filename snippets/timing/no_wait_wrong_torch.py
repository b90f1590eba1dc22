import timeit

import torch


def wait():
    if x.is_cuda:
        torch.cuda.synchronize()


torch.manual_seed(0)
x = torch.randn(300, 300)
x @ x  # warm up

n = 10
wrong = timeit.timeit(lambda: x @ x, number=n) / n  # on a GPU: the launch only
wait()
right = timeit.timeit(lambda: (x @ x, wait()), number=n) / n
{"without waiting (µs/call)": round(wrong * 1e6), "waiting (µs/call)": round(right * 1e6)}
