import jax.numpy as jnp

x = jnp.ones(3)
x = x + 1.0           # each line makes a new array and rebinds the name
x = x * 3.0
x = x.at[0].set(0.0)
out = jnp.add(x, 1.0)  # no out=: results are always new arrays
x, out
