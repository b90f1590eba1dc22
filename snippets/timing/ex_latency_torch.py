import timeit

import torch


def wait():
    if x.is_cuda:
        torch.cuda.synchronize()


torch.manual_seed(0)
x = torch.randn(200, 200)
x @ x  # warm up
n = 10


def per_call(run):  # the fastest of three runs of n calls, per call
    return min(timeit.repeat(run, number=1, repeat=3)) / n


each = per_call(lambda: [(x @ x, wait()) for _ in range(n)])  # latency
once = per_call(lambda: ([x @ x for _ in range(n)], wait()))  # throughput
{"wait after each call (µs/call)": round(each * 1e6),
 "wait once at the end (µs/call)": round(once * 1e6)}
