import jax

key = jax.random.key(0)
key, subkey = jax.random.split(key)  # split first: use each key only once
a = jax.random.normal(subkey, (3,))
_, same = jax.random.split(jax.random.key(0))  # the same seed, split the same way
b = jax.random.normal(same, (3,))  # the same key gives the same numbers
key, subkey = jax.random.split(key)  # a new key for new numbers
c = jax.random.normal(subkey, (3,))
bool((a == b).all()), bool((a == c).all())
