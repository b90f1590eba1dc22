import jax.numpy as jnp
import matplotlib.pyplot as plt

x = jnp.linspace(0, 1, 5)
fig, ax = plt.subplots(figsize=(3, 2))
ax.plot(x, 2 * x)
plt.show()
