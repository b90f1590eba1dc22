# raises: ValueError
import inspect

import torch

inspect.signature(torch.ones)  # torch.ones is written in C++: no signature to inspect
