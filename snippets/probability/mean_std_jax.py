import jax.numpy as jnp

x = jnp.array([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0])
# std and var divide by n by default (ddof=0, the population formula), as NumPy does
x.mean(), x.var(), x.std(), x.std(ddof=1)
