import numpy as np
import torch

seed = 0


def step_generator(step):
    """A generator for one training step, made from (seed, step) alone: no fold-in in
    PyTorch, so NumPy's SeedSequence mixes the pair into one well-spread seed."""
    mixed = int(np.random.SeedSequence([seed, step]).generate_state(1)[0])
    return torch.Generator(device=torch.get_default_device()).manual_seed(mixed)


in_a_loop = [torch.rand(2, generator=step_generator(step)) for step in range(10)]
directly = torch.rand(2, generator=step_generator(7))  # step 7 alone, as after a restart
print(in_a_loop[7], directly)
torch.equal(in_a_loop[7], directly)
