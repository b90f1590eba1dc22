import jax
import jax.numpy as jnp
import numpy as np

x = jnp.arange(3.0, device=jax.devices("cpu")[0])  # NumPy can only view host memory
a = np.from_dlpack(x)
shares = np.shares_memory(a, np.from_dlpack(x))  # both view x's buffer
print("device:", x.__dlpack_device__())
shares, a.flags.writeable
