import jax
import jax.numpy as jnp
import matplotlib.pyplot as plt

x = jnp.arange(-48, 49) / 8  # -6 ... 6 in steps of 1/8
y = jnp.sin(x)
dy_dx = jax.vmap(jax.grad(jnp.sin))(x)  # the scalar derivative, mapped over the grid

fig, ax = plt.subplots(figsize=(5, 3.5))
ax.plot(x, y, label="sin(x)")
ax.plot(x, dy_dx, label="derivative by autodiff")
ax.plot(x, jnp.cos(x), ":", color="black", label="cos(x)")
ax.set(xlabel="x", ylabel="y", ylim=(-1.2, 1.6), title="sin(x) and its derivative")
ax.legend(loc="upper center", ncols=3, fontsize="small")
plt.show()
