import jax.numpy as jnp

W = jnp.array([[1.0, -2.0, 3.0], [-4.0, 5.0, -6.0]])
as_ported = jnp.linalg.norm(W, ord=1)  # a matrix with ord=1: the largest column sum
entrywise = jnp.linalg.vector_norm(W, ord=1)  # what tf.norm(W, ord=1) computed
largest_column = jnp.linalg.matrix_norm(W, ord=1)  # says it is a matrix norm
as_ported, entrywise, largest_column
