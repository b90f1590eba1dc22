import jax.numpy as jnp

X = jnp.ones((4, 9))
# a 2-D input with ord=1 gives the matrix 1-norm: the largest column sum of |x|
jnp.linalg.norm(X, ord=1), jnp.linalg.vector_norm(X, ord=1)
