import jax.numpy as jnp
import numpy as np

a = np.zeros(3, dtype=np.float32)
x = jnp.asarray(a)  # copies into a buffer that JAX owns
a[0] = 100.0  # write through the NumPy array...
x  # ...and read the JAX array
