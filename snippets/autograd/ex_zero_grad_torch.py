import torch

x = torch.tensor(0.0, requires_grad=True)
for _ in range(20):
    loss = (x - 3) ** 2
    loss.backward()
    with torch.no_grad():
        x -= 0.1 * x.grad
    x.grad.zero_()  # the fix: clear the gradient before the next backward()
x.detach()  # 3 - 3·0.8²⁰
