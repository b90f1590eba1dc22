import jax
import jax.numpy as jnp

matrix = jnp.arange(6.0).reshape(2, 3)
cube = jnp.arange(12.0).reshape(2, 2, 3)
# axis=-1 by default: the last axis, whatever the number of axes
jax.nn.softmax(matrix).sum(-1), jax.nn.softmax(cube).sum(-1)  # sums over the last axis
