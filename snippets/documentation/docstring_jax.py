import inspect

import jax.numpy as jnp

inspect.getdoc(jnp.ones).splitlines()[:6]
