import torch

x = torch.arange(4.0, requires_grad=True)
grads = []
for _ in range(2):
    y = 2 * torch.dot(x, x)
    y.backward()  # adds into x.grad
    grads.append(x.grad.clone())

x.grad.zero_()  # reset before the next, unrelated gradient
x.sum().backward()
grads.append(x.grad.clone())
torch.optim.SGD([x], lr=0.1).zero_grad()  # an optimiser's reset sets x.grad to None
print("after an optimiser's zero_grad():", x.grad)
grads[0], grads[1], grads[2]
