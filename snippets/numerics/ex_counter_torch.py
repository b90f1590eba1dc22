import torch

counts = {}
for name, dtype in {"bfloat16": torch.bfloat16, "float16": torch.float16}.items():
    count = torch.tensor(0.0, dtype=dtype)
    for _ in range(300):
        count = count + 1  # add 1, three hundred times
    counts[name] = float(count)
counts
