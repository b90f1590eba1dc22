# raises: TypeError
import jax.numpy as jnp

X = jnp.arange(12, dtype=jnp.float32).reshape(3, 4)
X[[0, 2]]
