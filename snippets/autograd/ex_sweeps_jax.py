import jax
import jax.numpy as jnp

x = jnp.array(2.0)
# the graph of f(x) = log(x²) sin x + 1/x, from x to f
u1 = x**2
u2 = jnp.log(u1)
u3 = jnp.sin(x)
u4 = u2 * u3
u5 = 1 / x
# forward: each node's derivative du/dx, from x towards f
du1 = 2 * x
du2 = du1 / u1
du3 = jnp.cos(x)
du4 = du2 * u3 + u2 * du3
du5 = -1 / x**2
forward = du4 + du5
# reverse: each node's adjoint df/du, from f back to x
bu4, bu5 = 1.0, 1.0  # f = u4 + u5
bu2, bu3 = bu4 * u3, bu4 * u2
bu1 = bu2 / u1
reverse = bu1 * 2 * x + bu3 * jnp.cos(x) + bu5 * (-1 / x**2)  # x feeds u1, u3 and u5


def f(x):
    return jnp.log(x**2) * jnp.sin(x) + 1 / x


_, jvp = jax.jvp(f, (x,), (jnp.array(1.0),))
_, vjp_fn = jax.vjp(f, x)
forward, reverse, jvp, vjp_fn(jnp.array(1.0))[0]
