import torch

output = torch.ones(512 * 512, dtype=torch.float16)  # a 512 x 512 mask, all ones
target = torch.ones(512 * 512, dtype=torch.float16)
intersection = (output * target).sum()  # 262144 does not fit in float16: inf
fixed = (output * target).sum(dtype=torch.float32)  # accumulate and return float32
intersection, fixed
