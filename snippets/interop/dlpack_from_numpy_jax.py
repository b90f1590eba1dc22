import jax.numpy as jnp
import numpy as np

buf = np.zeros(32, dtype=np.float32)
start = (-buf.ctypes.data % 64) // buf.itemsize  # the first 64-byte boundary in buf
a = buf[start:start + 4]  # starts on a 64-byte boundary
b = buf[start + 5:start + 9]  # starts 20 bytes after one
x, y = jnp.from_dlpack(a), jnp.from_dlpack(b)  # x shares a's memory, y is a copy
a[0] = 100.0
b[0] = 100.0
x, y
