import jax.numpy as jnp

A = jnp.arange(6.0).reshape(2, 3)
A.sum(), A.sum(axis=0), A.sum(axis=1), A.mean(), A.mean(axis=0)
