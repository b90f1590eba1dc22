import jax

key = jax.random.key(0)
jax.random.normal(key, (3, 4))
