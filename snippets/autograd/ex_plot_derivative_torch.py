import matplotlib.pyplot as plt
import torch


def f(x):
    return torch.log(x**2) * torch.sin(x) + 1 / x


x = torch.linspace(0.5, 8, 151)
df = torch.func.vmap(torch.func.grad(f))(x)  # no formula for f' used anywhere

x, y, df = x.cpu(), f(x).cpu(), df.cpu()
fig, ax = plt.subplots(figsize=(5, 3.5))
ax.plot(x, y, label="f(x)")
ax.plot(x, df, label="f'(x) by autodiff")
ax.axhline(0, color="gray", linewidth=0.5)
ax.set(xlabel="x", ylim=(-5, 5), title="f(x) = log(x²) sin x + 1/x")
ax.legend(fontsize="small")
plt.show()
