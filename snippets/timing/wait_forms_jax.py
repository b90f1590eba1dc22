import jax
import jax.numpy as jnp

x = jnp.arange(6.0).reshape(2, 3)
results = {"product": x @ x.T, "total": x.sum()}
jax.block_until_ready(results)  # waits for every array in a pytree and returns it
