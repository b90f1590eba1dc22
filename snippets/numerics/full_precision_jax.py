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


default = rel_error(x @ y)
with jax.default_matmul_precision("highest"):  # full float32 for every matmul inside
    full = rel_error(x @ y)
default, full
