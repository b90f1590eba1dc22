# raises: FloatingPointError
import jax
import jax.numpy as jnp


def entropy_term(p):  # sum of p log p, with 0 log 0 taken as 0
    return jnp.where(p > 0, p * jnp.log(p), 0.0).sum()


p = jnp.array([0.0, 0.25, 0.75])
with jax.debug_nans(True):  # check the output of every operation
    jax.grad(entropy_term)(p)  # stops at the first operation that makes a nan
