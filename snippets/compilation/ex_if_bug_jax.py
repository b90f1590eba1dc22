import jax
import jax.numpy as jnp


@jax.jit
def flip_if_negative(x):
    return jax.lax.cond(x.sum() > 0, lambda x: x, lambda x: -x, x)


flip_if_negative(jnp.array([1.0, 2.0])), flip_if_negative(jnp.array([1.0, -3.0]))
