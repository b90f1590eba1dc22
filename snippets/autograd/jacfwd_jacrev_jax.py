import jax
import jax.numpy as jnp


def f(x):  # products of neighbours: R⁴ -> R³
    return x[:-1] * x[1:]


x = jnp.array([1.0, 2.0, 3.0, 4.0])
# jacfwd: one JVP per input (column); jacrev: one VJP per output (row)
jax.jacfwd(f)(x), jax.jacrev(f)(x)
