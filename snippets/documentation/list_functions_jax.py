import jax

names = [name for name in dir(jax.random) if not name.startswith("_")]
len(names), names[:15]
