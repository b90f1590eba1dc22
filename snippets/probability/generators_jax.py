import jax

# A key is the whole state: split it into as many independent keys as needed.
k1, k2 = jax.random.split(jax.random.key(42))
first = jax.random.uniform(k1, (3,))
second = jax.random.uniform(k2, (3,))
k1_again, _ = jax.random.split(jax.random.key(42))
first, second, bool((first == jax.random.uniform(k1_again, (3,))).all())
