import jax.numpy as jnp
import numpy as np

X = jnp.zeros(3)
A = np.asarray(X)  # read-only: A.flags.writeable is False
X += 1  # a new array bound to the name X
A, X
