import jax.numpy as jnp

output = jnp.ones(512 * 512, dtype=jnp.float16)  # a 512 x 512 mask, all ones
target = jnp.ones(512 * 512, dtype=jnp.float16)
intersection = (output * target).sum()  # 262144 does not fit in float16: inf
fixed = (output * target).sum(dtype=jnp.float32)  # accumulate and return float32
intersection, fixed
