import jax
import jax.numpy as jnp

grad_loss = jax.grad(lambda x: (x - 3) ** 2)
x = jnp.array(0.0)
for _ in range(20):
    x = x - 0.1 * grad_loss(x)  # a fresh gradient each step: nothing to clear
x  # 3 - 3·0.8²⁰
