import jax
import jax.numpy as jnp


def g(x):  # R³ -> R²
    return jnp.stack([x[0] * x[1], x[1] + x[2]])


def f(u):  # R² -> R
    return u[0] ** 2 + 3 * u[1]


x = jnp.array([1.0, 2.0, 3.0])
jacobian_g = jax.jacrev(g)(x)  # 2 x 3
grad_f = jax.grad(f)(g(x))  # gradient with respect to u
jacobian_g.T @ grad_f, jax.grad(lambda x: f(g(x)))(x)
