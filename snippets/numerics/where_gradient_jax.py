import jax
import jax.numpy as jnp


def entropy_term(p):  # sum of p log p, with 0 log 0 taken as 0
    return jnp.where(p > 0, p * jnp.log(p), 0.0).sum()


def entropy_term_safe(p):  # log never sees a 0: the unused branch stays finite
    safe = jnp.where(p > 0, p, 1.0)
    return jnp.where(p > 0, p * jnp.log(safe), 0.0).sum()


p = jnp.array([0.0, 0.25, 0.75])
value, grad = jax.value_and_grad(entropy_term)(p)  # finite value, nan gradient at p = 0
value, grad, jax.grad(entropy_term_safe)(p)
