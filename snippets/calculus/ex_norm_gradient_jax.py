import jax
import jax.numpy as jnp

x = jnp.array([3.0, 4.0])
grad_norm = jax.grad(jnp.linalg.vector_norm)
grad_norm(x), x / jnp.linalg.vector_norm(x), grad_norm(jnp.zeros(2))
