import jax
import jax.numpy as jnp


def f(x):
    return x**3


dy_dx = jax.grad(f)(1.0)  # 3x²
d2y_dx2 = jax.grad(jax.grad(f))(1.0)  # 6x: grad of a grad


def g(v):  # g(v) = v[0]² v[1] + v[1]³
    return v[0] ** 2 * v[1] + v[1] ** 3


H = jax.hessian(g)(jnp.array([1.0, 2.0]))  # [[2 v[1], 2 v[0]], [2 v[0], 6 v[1]]]
dy_dx, d2y_dx2, H
