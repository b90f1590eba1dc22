import jax.numpy as jnp

x = jnp.array([1.0, 60000.0, 70000.0, 1e5])  # float32
# float16 ends at 65504: beyond it the cast gives inf; bfloat16 keeps float32's range
# (the bfloat16 values are shown as float32, which holds them exactly)
{
    "float16": x.astype(jnp.float16),
    "bfloat16": x.astype(jnp.bfloat16).astype(jnp.float32),
}
