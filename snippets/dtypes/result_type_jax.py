import jax.numpy as jnp

small = jnp.array([1, 2], dtype=jnp.int8)
(
    jnp.result_type(small, 1.0),  # the dtype small + 1.0 would have
    jnp.result_type(small, jnp.float32),
    jnp.promote_types(jnp.int8, jnp.uint8),  # two dtypes, no values
)
