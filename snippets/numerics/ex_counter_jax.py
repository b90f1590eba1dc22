import jax.numpy as jnp

counts = {}
for name, dtype in {"bfloat16": jnp.bfloat16, "float16": jnp.float16}.items():
    count = jnp.array(0.0, dtype=dtype)
    for _ in range(300):
        count = count + 1  # add 1, three hundred times
    counts[name] = float(count)
counts
