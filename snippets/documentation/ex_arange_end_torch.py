import inspect

import torch

doc = inspect.getdoc(torch.arange)
print([line for line in doc.splitlines() if "[start, end)" in line])  # the answer, in the doc
x = torch.arange(0, 1, 0.25)
x, bool((x == 1).any())  # the check: 1 is not included
