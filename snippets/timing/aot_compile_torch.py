import time

import torch


class F(torch.nn.Module):
    def forward(self, x):
        return torch.tanh(x @ x) + 2 * x


torch.manual_seed(0)
x = torch.randn(256, 256)
start = time.perf_counter()
exported = torch.export.export(F(), (x,)).module()  # capture the graph now, for x's shape
compile_done = time.perf_counter()
exported(x)
first_done = time.perf_counter()
exported(x)
second_done = time.perf_counter()
{"torch.export (ms)": round((compile_done - start) * 1e3, 2),
 "first call (ms)": round((first_done - compile_done) * 1e3, 2),
 "second call (ms)": round((second_done - first_done) * 1e3, 2)}
