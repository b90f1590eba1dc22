import jax
import jax.numpy as jnp

x = jnp.array(3.0)
# no tape to keep: differentiate each function on its own
jax.grad(lambda x: (x * x) ** 2)(x), jax.grad(lambda x: x * x)(x)  # 4x³ and 2x
