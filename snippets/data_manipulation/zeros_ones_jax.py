import jax.numpy as jnp

jnp.zeros((2, 3, 4)), jnp.ones((2, 3))
