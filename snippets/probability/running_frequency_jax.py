import jax
import jax.numpy as jnp
import matplotlib.pyplot as plt

n = 10_000
heads = jax.random.bernoulli(jax.random.key(0), 0.5, (n,))
tosses = jnp.arange(1, n + 1)
frequency = heads.cumsum() / tosses
band = 1 / jnp.sqrt(tosses)  # two standard deviations of the frequency: 2 * 0.5 / sqrt(n)

fig, ax = plt.subplots(figsize=(5, 3.5))
ax.plot(tosses, frequency, label="running frequency of heads")
ax.axhline(0.5, color="black", linestyle="--", label="P(heads) = 0.5")
ax.plot(tosses, 0.5 + band, ":", color="gray", label="0.5 ± 1/√n")
ax.plot(tosses, 0.5 - band, ":", color="gray")
ax.set(xscale="log", xlabel="number of tosses", ylabel="frequency of heads",
       title="Law of large numbers: a fair coin")
ax.set_ylim(0, 1)
ax.legend()
plt.show()
