import jax

key = jax.random.key(0)
k_buggy, k_fixed = jax.random.split(key)
# Two workers, two samples each. The bug: every worker is handed the same key.
buggy = jax.vmap(lambda worker: jax.random.uniform(k_buggy, (2,)))(jax.numpy.arange(2))
# The fix: one key per worker.
fixed = jax.vmap(lambda k: jax.random.uniform(k, (2,)))(jax.random.split(k_fixed, 2))
print("buggy:", buggy.ravel())
print("fixed:", fixed.ravel())
len(set(buggy.ravel().tolist())), len(set(fixed.ravel().tolist()))
