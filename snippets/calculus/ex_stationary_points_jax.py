import jax
import jax.numpy as jnp


def derivative(f, x):  # f'(x_i) for each element: each f(x_i) depends on x_i alone
    return jax.grad(lambda x: f(x).sum())(x)


functions = {"x**2": lambda x: x**2, "-x**2": lambda x: -(x**2), "x**3": lambda x: x**3}
x = jnp.array([-0.5, 0.0, 0.5])  # left of 0, at 0, right of 0
{name: derivative(f, x) for name, f in functions.items()}
