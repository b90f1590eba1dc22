# raises: KeyReuseError
import jax

with jax.debug_key_reuse(True):  # check this block for keys used twice
    key = jax.random.key(0)
    noise = jax.random.normal(key, (3,))
    dropout = jax.random.bernoulli(key, 0.5, (3,))  # the same key again: correlated draws
