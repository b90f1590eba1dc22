import jax
import jax.numpy as jnp

grad = jax.grad(lambda w: (w**2).sum())
w = jnp.array([1.0, -2.0])
for _ in range(3):
    w = w - 0.1 * grad(w)  # a new array each step; nothing accumulates
w
