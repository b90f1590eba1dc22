# raises: TypeError
import jax.numpy as jnp

a = jnp.array([3.5])  # shape (1,), not a 0-d scalar
float(a), a.item()
