# raises: jax.errors.TracerBoolConversionError
import jax
import jax.numpy as jnp


@jax.jit
def f(x):
    if x.sum() > 0:  # x is a tracer: its sum has no value yet
        return 2 * x
    return -x


f(jnp.array([1.0, 2.0])), f(jnp.array([1.0, -2.0]))
