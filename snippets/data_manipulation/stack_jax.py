import jax.numpy as jnp

X = jnp.zeros((2, 3))
Y = jnp.ones((2, 3))
jnp.concatenate([X, Y]).shape, jnp.stack([X, Y]).shape, jnp.stack([X, Y], axis=2).shape
