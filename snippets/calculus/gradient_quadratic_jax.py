import jax
import jax.numpy as jnp

A = jnp.array([[1.0, 2.0, 0.0], [3.0, -1.0, 4.0], [0.0, 5.0, 2.0]])
x = jnp.array([1.0, -1.0, 2.0])
grad_quadratic = jax.grad(lambda x: x @ A @ x)(x)
grad_squared_norm = jax.grad(lambda x: x @ x)(x)
(grad_quadratic, (A + A.T) @ x), (grad_squared_norm, 2 * x)
