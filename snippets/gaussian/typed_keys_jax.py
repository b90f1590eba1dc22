import jax

key = jax.random.key(0)  # a typed key: a scalar whose dtype names the generator
raw = jax.random.PRNGKey(0)  # the legacy raw key: an ordinary array of two uint32 words
keys, raw_keys = jax.random.split(jax.random.key(1), 4), jax.random.split(jax.random.PRNGKey(1), 4)
print("typed:", key.dtype, key.shape, "; four keys:", keys.shape)  # a batch has its own shape
print("raw:  ", raw.dtype, raw.shape, "; four keys:", raw_keys.shape)  # each key is a row
same = jax.random.normal(key, (3,)) == jax.random.normal(raw, (3,))  # both accepted: same bits
str(key.dtype), key.shape, bool(same.all())
