import jax
import jax.numpy as jnp
import matplotlib.pyplot as plt


def f(x):
    return 3 * x**2 - 4 * x


x0 = jnp.array(1.0)
slope = jax.grad(f)(x0)  # f'(1) = 2, by automatic differentiation
x = jnp.arange(49) / 16  # 0 ... 3 in steps of 1/16
fig, ax = plt.subplots(figsize=(5, 3.5))
ax.plot(x, f(x), label="f(x) = 3x² − 4x")
ax.plot(x, f(x0) + slope * (x - x0), "--", label=f"tangent, slope {slope:.0f}")
ax.plot(x0, f(x0), "o", color="black")
ax.set(xlabel="x", ylabel="y", title="Tangent line at x = 1")
ax.legend()
plt.show()
