import matplotlib.pyplot as plt
import torch


def f(x):
    return x**3 - 1 / x


x0 = torch.tensor(1.0)
slope = torch.func.grad(f)(x0)  # f'(x) = 3x² + 1/x², 4 at x = 1
x = torch.arange(4, 33) / 16  # 0.25 ... 2 in steps of 1/16 (f is undefined at 0)
y, tangent = f(x), f(x0) + slope * (x - x0)
x, y, tangent, y0 = x.cpu(), y.cpu(), tangent.cpu(), f(x0).cpu()  # matplotlib reads CPU memory
fig, ax = plt.subplots(figsize=(5, 3.5))
ax.plot(x, y, label="f(x) = x³ − 1/x")
ax.plot(x, tangent, "--", label=f"tangent, slope {slope:.0f}")
ax.plot(1.0, y0, "o", color="black")
ax.set(xlabel="x", ylabel="y", title="Tangent line at x = 1")
ax.legend()
plt.show()
