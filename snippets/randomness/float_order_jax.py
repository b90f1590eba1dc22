import jax.numpy as jnp

a, b, c = jnp.array([1e8, -1e8, 1.0])  # float32
(a + b) + c, a + (b + c)  # b + c rounds back to -1e8: the 1 is lost
