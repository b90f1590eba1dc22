import jax.numpy as jnp

# rows are variables, columns are observations
X = jnp.array([[1.0, 2.0, 3.0, 4.0, 5.0],
               [2.0, 4.0, 5.0, 4.0, 5.0]])
jnp.cov(X)  # divides by n - 1, like numpy.cov
