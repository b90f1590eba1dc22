import jax.numpy as jnp

types = {"float32": jnp.float32, "bfloat16": jnp.bfloat16, "float16": jnp.float16}
result = {}
for name, t in types.items():
    one, eps = jnp.array(1.0, dtype=t), float(jnp.finfo(t).eps)
    # 1 + eps/2 rounds back to 1; 1 + eps is the next number; 257 may not exist
    result[name] = (float(one + eps / 2), float(one + eps), float(jnp.array(257.0, dtype=t)))
result
