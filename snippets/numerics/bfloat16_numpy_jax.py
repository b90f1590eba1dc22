import jax.numpy as jnp
import ml_dtypes
import numpy as np

a = np.array([1 / 3, 70000.0], dtype=ml_dtypes.bfloat16)  # NumPy with ml_dtypes' bfloat16
x = jnp.asarray(a) * 2  # a JAX bfloat16 array
np.asarray(x)  # and back: a NumPy array of dtype bfloat16
