import jax.numpy as jnp

names = [n for n in dir(jnp.linalg) if not n.startswith("_")]  # public names only
[n for n in names if "norm" in n]  # every function with "norm" in its name
