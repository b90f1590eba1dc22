import torch

running = torch.zeros(2)  # like BatchNorm's running_mean buffer
for batch in [torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0]), torch.tensor([5.0, 6.0])]:
    running.mul_(0.9).add_(0.1 * batch)  # in place: the buffer keeps its memory
running
