# raises: ValueError
import jax

raw = jax.random.PRNGKey(0)  # a raw uint32 key, accepted by default
with jax.legacy_prng_key("error"):  # refuse raw keys, in this block only
    jax.random.normal(raw, (3,))
