import timeit

import torch


def wait():
    if x.is_cuda:
        torch.cuda.synchronize()


torch.manual_seed(0)
x = torch.randn(200, 200)
x @ x  # warm up

n = 5
wrong = min(timeit.repeat(lambda: x @ x, number=n, repeat=3)) / n  # on a GPU: the launch only
wait()
right = min(timeit.repeat(lambda: (x @ x, wait()), number=n, repeat=3)) / n
{"without waiting (µs/call)": round(wrong * 1e6), "waiting (µs/call)": round(right * 1e6)}
