import matplotlib.pyplot as plt
import torch

x = (torch.arange(-48, 49) / 8).requires_grad_()  # -6 ... 6 in steps of 1/8
y = torch.sin(x)
y.sum().backward()  # y_i depends on x_i alone, so x.grad holds sin'(x_i)
dy_dx = x.grad

cos = torch.cos(x.detach())
x, y, dy_dx, cos = x.detach().cpu(), y.detach().cpu(), dy_dx.cpu(), cos.cpu()  # for matplotlib
fig, ax = plt.subplots(figsize=(5, 3.5))
ax.plot(x, y, label="sin(x)")
ax.plot(x, dy_dx, label="derivative by autodiff")
ax.plot(x, cos, ":", color="black", label="cos(x)")
ax.set(xlabel="x", ylabel="y", ylim=(-1.2, 1.6), title="sin(x) and its derivative")
ax.legend(loc="upper center", ncols=3, fontsize="small")
plt.show()
