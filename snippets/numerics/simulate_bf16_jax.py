import jax
import jax.numpy as jnp
import numpy as np

n = 256
a = np.sin(np.arange(n * n)).reshape(n, n)  # float64 data, and its exact product
b = np.cos(np.arange(n * n)).reshape(n, n)
exact = a @ b
x, y = jnp.asarray(a, dtype=jnp.float32), jnp.asarray(b, dtype=jnp.float32)


def rel_error(c):
    return float(np.abs(np.asarray(c) - exact).max() / np.abs(exact).max())


def matmul(p, q):  # full float32 precision for this one product, on any device
    return jnp.matmul(p, q, precision=jax.lax.Precision.HIGHEST)


def to_bf16(t):  # round to bfloat16 and back: float32 again, with 8 significant bits
    return t.astype(jnp.bfloat16).astype(jnp.float32)


# what one bfloat16 pass does: round the inputs to bfloat16, multiply and add in float32
rounded = matmul(to_bf16(x), to_bf16(y))
rel_error(matmul(x, y)), rel_error(rounded)
