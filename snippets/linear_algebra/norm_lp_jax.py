import math

import jax.numpy as jnp

u = jnp.array([3.0, -4.0, 1.0])
ps = [1, 2, 3, math.inf]
(jnp.stack([jnp.linalg.vector_norm(u, ord=p) for p in ps]),
 (jnp.abs(u) ** 3).sum() ** (1 / 3))  # the definition for p = 3
