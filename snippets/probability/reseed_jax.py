import jax

key = jax.random.key(0)
key, subkey = jax.random.split(key)  # split first: use each key only once
a = jax.random.uniform(subkey, (3,))
key, subkey = jax.random.split(key)  # new numbers need a new key
b = jax.random.uniform(subkey, (3,))
_, same = jax.random.split(jax.random.key(0))  # the same seed, split the same way
c = jax.random.uniform(same, (3,))  # same key, same numbers
a, b, c, bool((a == c).all())
