import jax
import jax.numpy as jnp
import matplotlib.pyplot as plt

n = 10_000
heads = jax.random.bernoulli(jax.random.key(0), 0.5, (n,))
tosses = jnp.arange(1, n + 1)
frequency = heads.cumsum() / tosses

fig, ax = plt.subplots(figsize=(5, 3.5))
ax.plot(tosses, frequency, label="running frequency of heads")
ax.axhline(0.5, color="black", linestyle="--", label="P(heads) = 0.5")
ax.set(xscale="log", xlabel="number of tosses", ylabel="frequency of heads",
       title="Law of large numbers: a fair coin")
ax.legend()
plt.show()
