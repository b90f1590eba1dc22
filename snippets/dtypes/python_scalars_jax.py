import jax.numpy as jnp

jnp.asarray(1).dtype, jnp.asarray(1.0).dtype, jnp.asarray(True).dtype
