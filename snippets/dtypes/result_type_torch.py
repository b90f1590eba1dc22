import torch

small = torch.tensor([1, 2], dtype=torch.int8)
(
    torch.result_type(small, 1.0),  # the dtype small + 1.0 would have
    torch.result_type(small, torch.tensor([1.0])),
    torch.promote_types(torch.int8, torch.uint8),  # two dtypes, no values
)
