import torch
import torch.utils.benchmark as benchmark

a = torch.ones(1_000_000) * 3
b = torch.ones(1_000_000) * 5
timer = benchmark.Timer(stmt="torch.mul(a, b)", globals={"torch": torch, "a": a, "b": b})
measurement = timer.timeit(20)  # warms up, and waits for a GPU, by itself
round(measurement.mean * 1e6, 1)  # µs per call
