import jax
import jax.numpy as jnp

with jax.enable_x64(True):  # 64-bit types inside this block only
    inside = jnp.arange(3).dtype, jnp.asarray(0.1, dtype=jnp.float64).dtype
inside
