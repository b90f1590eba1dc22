import matplotlib.pyplot as plt
import torch


def f(x):
    return 3 * x**2 - 4 * x


x0 = torch.tensor(1.0)
slope = torch.func.grad(f)(x0)  # f'(1) = 2, by automatic differentiation
x = torch.arange(49) / 16  # 0 ... 3 in steps of 1/16
y, tangent = f(x), f(x0) + slope * (x - x0)
x, y, tangent = x.cpu(), y.cpu(), tangent.cpu()  # matplotlib reads CPU memory

fig, ax = plt.subplots(figsize=(5, 3.5))
ax.plot(x, y, label="f(x) = 3x² − 4x")
ax.plot(x, tangent, "--", label=f"tangent, slope {slope.item():.0f}")
ax.plot(x0.item(), f(x0).item(), "o", color="black")
ax.set(xlabel="x", ylabel="y", title="Tangent line at x = 1")
ax.legend()
plt.show()
