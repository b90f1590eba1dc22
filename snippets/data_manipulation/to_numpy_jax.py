import jax.numpy as jnp
import numpy as np

X = jnp.arange(6, dtype=jnp.float32).reshape(2, 3)
A = np.asarray(X)
B = jnp.asarray(A)
A, B
