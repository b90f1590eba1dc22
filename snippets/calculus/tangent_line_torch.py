import matplotlib.pyplot as plt
import torch


def f(x):
    return 3 * x**2 - 4 * x


x0 = torch.tensor(1.0)
slope = torch.func.grad(f)(x0)  # f'(1) = 2, by automatic differentiation
x = torch.arange(49) / 16  # 0 ... 3 in steps of 1/16
fig, ax = plt.subplots(figsize=(5, 3.5))
ax.plot(x, f(x), label="f(x) = 3x² − 4x")
ax.plot(x, f(x0) + slope * (x - x0), "--", label=f"tangent, slope {slope:.0f}")
ax.plot(x0, f(x0), "o", color="black")
ax.set(xlabel="x", ylabel="y", title="Tangent line at x = 1")
ax.legend()
plt.show()
