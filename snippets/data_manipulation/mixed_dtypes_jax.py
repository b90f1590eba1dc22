import jax.numpy as jnp

i = jnp.arange(3)  # int32
f = jnp.ones(3)  # float32
i + f, jnp.concatenate((i, f))
