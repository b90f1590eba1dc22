import jax
import jax.numpy as jnp

A = jnp.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
x = jnp.array([1.0, -1.0, 2.0])
jacobian = jax.jacrev(lambda x: A @ x)(x)  # rows: outputs, columns: inputs
jacobian.T, jnp.array_equal(jacobian.T, A.T)
