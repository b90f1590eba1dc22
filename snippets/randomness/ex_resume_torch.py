import torch


def masks(g, steps):
    return [torch.rand(4, generator=g) < 0.5 for _ in steps]


g = torch.Generator(device=torch.get_default_device()).manual_seed(0)
whole_run = masks(g, range(6))  # steps 0 to 5 without a break

g = torch.Generator(device=torch.get_default_device()).manual_seed(0)
masks(g, range(4))  # steps 0 to 3, then a checkpoint...
checkpoint = g.get_state()  # ...that saves the generator's state with the weights
restarted = torch.Generator(device=torch.get_default_device())
restarted.set_state(checkpoint)  # a new process restores it
resumed = masks(restarted, range(4, 6))
all(torch.equal(a, b) for a, b in zip(whole_run[4:], resumed, strict=True))
