import jax.numpy as jnp
import numpy as np

a = np.zeros(3, dtype=np.float32)
x = jnp.array(a)  # always a copy
b = np.array(x)  # always a copy, and writable
a[0] = 100.0  # does not reach x
b[1] = 100.0  # does not reach x either
x, b
