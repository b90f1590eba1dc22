import jax.numpy as jnp

a = jnp.array(3.5)
a, a.item(), float(a), int(a)
