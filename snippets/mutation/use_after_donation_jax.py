# raises: RuntimeError
import jax
import jax.numpy as jnp


@jax.jit(donate_argnums=0)
def step(x):
    return x * 0.9 + 1.0


x = jnp.zeros(4)
y = step(x)
print("x deleted:", x.is_deleted())
x + y  # x's buffer now belongs to y
