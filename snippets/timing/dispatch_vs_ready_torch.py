import time

import torch

torch.manual_seed(0)
x = torch.randn(1000, 1000)
x @ x  # warm up: the first call initialises the matmul library


def ready():  # on a GPU: has the queued work finished?
    return torch.cuda.current_stream().query() if x.is_cuda else True


start = time.perf_counter()
y = x @ x
returned = time.perf_counter()
ready_when_returned = ready()
if x.is_cuda:
    torch.cuda.synchronize()  # wait for the GPU to finish the queued work
done = time.perf_counter()
{"call returned (ms)": round((returned - start) * 1e3, 2),
 "result ready (ms)": round((done - start) * 1e3, 2),
 "ready when returned": ready_when_returned}
