import jax
import jax.numpy as jnp

single = jax.random.normal(jax.random.key(0), (3,))
with jax.enable_x64(True):  # 64-bit for this block only
    double = jax.random.normal(jax.random.key(0), (3,), dtype=jnp.float64)
with jax.threefry_partitionable(False):  # the stream before JAX 0.5.0, for this block only
    older = jax.random.normal(jax.random.key(0), (3,))
print(single, double, older, sep="\n")
bool(jnp.allclose(single, double.astype(jnp.float32), atol=1e-6))
