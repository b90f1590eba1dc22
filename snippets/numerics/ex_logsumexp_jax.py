import jax
import jax.numpy as jnp


def logsumexp(x, axis):
    m = x.max(axis=axis, keepdims=True)
    m = jnp.where(jnp.isfinite(m), m, 0.0)  # a row of -inf: shift by 0, not by -inf
    return (m + jnp.log(jnp.exp(x - m).sum(axis=axis, keepdims=True))).squeeze(axis)


inf = jnp.inf
x = jnp.array([[1000.0, 1000.0, 999.0], [-1000.0, -1000.0, -1001.0], [-inf, -inf, -inf]])
logsumexp(x, axis=1), jax.nn.logsumexp(x, axis=1)
