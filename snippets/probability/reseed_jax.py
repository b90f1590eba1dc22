import jax

key = jax.random.key(0)
a = jax.random.uniform(key, (3,))
key, subkey = jax.random.split(key)  # new numbers need a new key
b = jax.random.uniform(subkey, (3,))
c = jax.random.uniform(jax.random.key(0), (3,))  # same key, same numbers
a, b, c, bool((a == c).all())
