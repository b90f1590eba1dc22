# raises: TypeError
import jax.numpy as jnp

len(jnp.array(1.0))  # a 0-d array has no axis to measure
