import jax
import jax.numpy as jnp


@jax.jit
def f(x):
    return jax.lax.cond(x.sum() > 0, lambda x: 2 * x, lambda x: -x, x)


f(jnp.array([1.0, 2.0])), f(jnp.array([1.0, -2.0]))
