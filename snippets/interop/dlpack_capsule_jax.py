# raises: TypeError
import jax.numpy as jnp
import numpy as np

a = np.arange(3.0, dtype=np.float32)
capsule = a.__dlpack__()  # what from_dlpack(a) asks a for; a capsule is used up once read
x = jnp.from_dlpack(capsule)  # JAX takes only objects with __dlpack__, not capsules
