import jax.numpy as jnp

types = {"float32": jnp.float32, "bfloat16": jnp.bfloat16, "float16": jnp.float16}
# largest finite value, machine epsilon (the gap after 1) and smallest normal number
{
    name: (
        float(jnp.finfo(t).max),
        float(jnp.finfo(t).eps),
        float(jnp.finfo(t).smallest_normal),
    )
    for name, t in types.items()
}
