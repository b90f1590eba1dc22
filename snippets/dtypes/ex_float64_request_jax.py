import jax
import jax.numpy as jnp

with jax.enable_x64(True):  # without it, float64 is truncated to float32
    dtype = jnp.zeros(3, dtype=jnp.float64).dtype
dtype
