import time

import torch


def wait():
    if x.is_cuda:
        torch.cuda.synchronize()


torch.manual_seed(0)
x = torch.randn(200, 200)
x @ x  # warm up
n = 10

start = time.perf_counter()
for _ in range(n):
    x @ x
    wait()  # wait for each call: latency
each = (time.perf_counter() - start) / n

start = time.perf_counter()
results = [x @ x for _ in range(n)]
wait()  # wait once: throughput
once = (time.perf_counter() - start) / n
{"wait after each call (µs/call)": round(each * 1e6),
 "wait once at the end (µs/call)": round(once * 1e6)}
