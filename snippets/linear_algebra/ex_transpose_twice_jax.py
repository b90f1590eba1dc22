import jax.numpy as jnp

A = jnp.arange(12.0).reshape(3, 4)
bool((A.T.T == A).all()), A.T.T.shape
