import jax.numpy as jnp
import numpy as np

floats = np.array([0.5, 1.5])  # NumPy's default: float64
ints = np.array([1, 2])  # int64 on Linux and macOS
jnp.asarray(floats).dtype, jnp.asarray(ints).dtype
