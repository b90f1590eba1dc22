import torch
import torch.utils.benchmark as benchmark

torch.manual_seed(0)
x = torch.randn(256, 256)
timer = benchmark.Timer(stmt="x @ x", globals={"x": x})  # one thread by default
measurement = timer.timeit(100)  # warms up first, and synchronises a GPU
round(measurement.mean * 1e6, 1)  # µs per call
