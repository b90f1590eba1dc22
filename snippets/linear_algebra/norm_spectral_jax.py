import jax.numpy as jnp

ones = jnp.ones((4, 9))
A = jnp.array([[1.0, 2.0], [3.0, 4.0]])
(jnp.linalg.matrix_norm(ones, ord=2), jnp.linalg.matrix_norm(ones),  # spectral, Frobenius
 jnp.linalg.matrix_norm(A, ord=2), jnp.linalg.matrix_norm(A),
 jnp.linalg.svdvals(A)[0])  # the spectral norm is the largest singular value
