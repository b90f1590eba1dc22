import jax.numpy as jnp

X = jnp.arange(12, dtype=jnp.float32).reshape(3, 4)
Y = jnp.ones((3, 4))
before = id(Y)
Y = Y + X
id(Y) == before
