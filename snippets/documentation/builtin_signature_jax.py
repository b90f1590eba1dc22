import inspect

import jax.numpy as jnp

inspect.signature(jnp.ones)
