import time

import torch


def timed(fn, *args):
    """Run fn(*args) and return (its result, the seconds it took, computation included)."""
    start = time.perf_counter()
    result = fn(*args)
    if torch.cuda.is_available():
        torch.cuda.synchronize()  # CUDA work is queued: wait for it
    return result, time.perf_counter() - start


x = torch.arange(4.0).reshape(2, 2)
result, seconds = timed(lambda x: (x @ x, x.sum()), x)
result, seconds > 0
