import jax
import jax.numpy as jnp


def inner(a, b):  # x(a, b), y(a, b), z(a, b)
    return a * b, a + b, a - b


def outer(x, y, z):  # u(x, y, z)
    return x * y + z**2


a, b = jnp.array(2.0), jnp.array(3.0)
u_x, u_y, u_z = jax.grad(outer, argnums=(0, 1, 2))(*inner(a, b))
# ∂x/∂a = b, ∂y/∂a = 1, ∂z/∂a = 1;  ∂x/∂b = a, ∂y/∂b = 1, ∂z/∂b = -1
by_hand = u_x * b + u_y + u_z, u_x * a + u_y - u_z
jax.grad(lambda a, b: outer(*inner(a, b)), argnums=(0, 1))(a, b), by_hand
