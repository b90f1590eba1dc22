import torch

torch.cuda.is_available(), torch.cuda.device_count(), torch.get_default_device()
