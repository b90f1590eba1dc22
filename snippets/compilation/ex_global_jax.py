import jax
import jax.numpy as jnp

scale = 2.0


@jax.jit
def f(x):
    return scale * x  # reads the global


before = f(jnp.ones(2))
scale = 3.0
after = f(jnp.ones(2))  # same shape and dtype: the cached trace, with 2.0 inside
before, after
