import torch

# A global switch: note what it was, and put it back however the block ends.
previous = (
    torch.are_deterministic_algorithms_enabled(),
    torch.is_deterministic_algorithms_warn_only_enabled(),
)
torch.use_deterministic_algorithms(True)
try:
    inside = torch.are_deterministic_algorithms_enabled()
    # deterministic mode also fills uninitialised memory, so even `empty` is reproducible
    filled = torch.empty(3)
finally:
    torch.use_deterministic_algorithms(previous[0], warn_only=previous[1])
print("uninitialised memory, filled:", filled)
inside, torch.are_deterministic_algorithms_enabled(), bool(filled.isnan().all())
