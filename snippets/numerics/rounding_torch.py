import torch

types = {"float32": torch.float32, "bfloat16": torch.bfloat16, "float16": torch.float16}
result = {}
for name, t in types.items():
    one, eps = torch.tensor(1.0, dtype=t), torch.finfo(t).eps
    # 1 + eps/2 rounds back to 1; 1 + eps is the next number; 257 may not exist
    result[name] = (float(one + eps / 2), float(one + eps), float(torch.tensor(257.0, dtype=t)))
result
