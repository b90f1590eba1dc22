import jax
import jax.numpy as jnp
import numpy as np

with jax.enable_x64(True):  # 64-bit types inside this block only
    print("with x64:", jnp.array([1, 2]).dtype, jnp.array([1.0, 2.0]).dtype,
          jnp.array(np.array([1.0, 2.0])).dtype)
(
    jnp.array([1, 2]).dtype,
    jnp.array([1.0, 2.0]).dtype,
    jnp.array(np.array([1.0, 2.0])).dtype,  # float64 becomes float32 unless x64 is on
)
