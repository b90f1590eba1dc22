import jax
import jax.numpy as jnp


def f(x):
    print("Python body runs, x =", x)
    return jnp.tanh(x @ x) + 2 * x


compiled = jax.jit(f)
x = jnp.arange(4.0).reshape(2, 2) / 4
for _ in range(3):
    y = compiled(x)
y
