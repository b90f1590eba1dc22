import jax
import jax.numpy as jnp


def f(x):
    return jnp.log(x**2) * jnp.sin(x) + 1 / x


def df_by_hand(x):  # the chain rule along the graph, term by term
    return 2 / x * jnp.sin(x) + jnp.log(x**2) * jnp.cos(x) - 1 / x**2


x = jnp.array([0.5, 1.0, 2.0, 4.0])
jax.vmap(jax.grad(f))(x), df_by_hand(x)
