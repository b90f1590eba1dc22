import jax
import jax.numpy as jnp

x = jnp.array([1000.0, 0.0, -1000.0])
naive = jnp.exp(x) / jnp.exp(x).sum()  # inf / inf is nan
shifted = jnp.exp(x - x.max()) / jnp.exp(x - x.max()).sum()  # largest exponent is 0
naive, shifted, jax.nn.softmax(x, axis=0)
