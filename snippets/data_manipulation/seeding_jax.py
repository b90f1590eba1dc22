import jax

key = jax.random.key(0)
a = jax.random.normal(key, (3,))
b = jax.random.normal(key, (3,))  # same key, same numbers
key, subkey = jax.random.split(key)
c = jax.random.normal(subkey, (3,))
bool((a == b).all()), bool((a == c).all())
