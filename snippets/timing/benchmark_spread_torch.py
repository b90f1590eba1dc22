import torch
import torch.utils.benchmark as benchmark

torch.manual_seed(0)
x = torch.randn(256, 256)
threads = torch.get_num_threads()  # what the other two use: every core
timer = benchmark.Timer(stmt="x @ x", globals={"x": x}, num_threads=threads)
m = timer.blocked_autorange(min_run_time=0.2)  # blocks of calls until 0.2 s have passed
{"median (µs)": round(m.median * 1e6, 1),
 "IQR (µs)": round(m.iqr * 1e6, 1),
 "blocks": len(m.times)}
