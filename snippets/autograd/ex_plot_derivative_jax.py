import jax
import jax.numpy as jnp
import matplotlib.pyplot as plt


def f(x):
    return jnp.log(x**2) * jnp.sin(x) + 1 / x


x = jnp.linspace(0.5, 8, 151)
df = jax.vmap(jax.grad(f))(x)  # no formula for f' used anywhere

fig, ax = plt.subplots(figsize=(5, 3.5))
ax.plot(x, f(x), label="f(x)")
ax.plot(x, df, label="f'(x) by autodiff")
ax.axhline(0, color="gray", linewidth=0.5)
ax.set(xlabel="x", ylim=(-5, 5), title="f(x) = log(x²) sin x + 1/x")
ax.legend(fontsize="small")
plt.show()
