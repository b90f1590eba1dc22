import inspect

import jax.numpy as jnp

doc = inspect.getdoc(jnp.arange)
print([line for line in doc.splitlines() if "exclusive" in line])  # the answer, in the doc
x = jnp.arange(0, 1, 0.25)
x, bool((x == 1).any())  # the check: 1 is not included
