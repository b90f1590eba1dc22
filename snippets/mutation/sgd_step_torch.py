import torch

w = torch.tensor([1.0, -2.0], requires_grad=True)
for _ in range(3):
    loss = (w**2).sum()
    loss.backward()
    with torch.no_grad():  # the update is not part of the model: do not record it
        w -= 0.1 * w.grad
    w.grad.zero_()  # gradients accumulate: reset them, in place too
w.detach()
