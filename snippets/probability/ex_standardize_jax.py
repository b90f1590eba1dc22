import jax.numpy as jnp

x = jnp.array([2.0, 4.0, 4.0, 5.0, 10.0])
# one convention on both sides: divide by n (ddof=0, the default)
z = (x - x.mean()) / x.std(ddof=0)
z, z.mean(), z.std(ddof=0)
