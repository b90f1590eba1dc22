import jax
import numpy as np

x = jax.device_put(np.ones((2, 3), np.float32), jax.devices()[0])
y = 2 * x  # computed where x lives
y.device, jax.device_get(y)
