import torch

types = {"float32": torch.float32, "bfloat16": torch.bfloat16, "float16": torch.float16}
# largest finite value, machine epsilon (the gap after 1) and smallest normal number
{
    name: (torch.finfo(t).max, torch.finfo(t).eps, torch.finfo(t).smallest_normal)
    for name, t in types.items()
}
