import jax.numpy as jnp

a = jnp.array(3.5, dtype=jnp.float32)  # a bare Python float would make a "weak-typed" array
a, a.item(), float(a), int(a)
