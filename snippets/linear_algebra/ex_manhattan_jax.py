import jax.numpy as jnp

start = jnp.array([2.0, 10.0])  # (avenue, street)
end = jnp.array([7.0, 22.0])
step = end - start
blocks = jnp.linalg.vector_norm(step, ord=1)  # along the grid: |5| + |12|
as_the_crow_flies = jnp.linalg.vector_norm(step)  # diagonally: sqrt(5² + 12²)
blocks, as_the_crow_flies
