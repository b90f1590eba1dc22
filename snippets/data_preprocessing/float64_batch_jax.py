import jax.numpy as jnp
import numpy as np

w = jnp.ones((3, 1))  # parameters in float32
batch = jnp.asarray(np.ones((2, 3)))  # float64 becomes float32 (x64 mode is off)
batch @ w
