import jax
import jax.numpy as jnp


def f(x):  # products of neighbours: R⁴ -> R³
    return x[:-1] * x[1:]


x = jnp.array([1.0, 2.0, 3.0, 4.0])
v = jnp.array([0.0, 1.0, 0.0, 0.0])  # input direction
u = jnp.array([0.0, 1.0, 0.0])  # output weights
_, jv = jax.jvp(f, (x,), (v,))  # forward mode: J v, column 1 of J
_, vjp_fn = jax.vjp(f, x)
(uj,) = vjp_fn(u)  # reverse mode: uᵀ J, row 1 of J
jv, uj
