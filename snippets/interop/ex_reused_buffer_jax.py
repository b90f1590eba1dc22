import jax.numpy as jnp
import numpy as np

buf = np.empty(2, dtype=np.float32)  # one buffer, refilled for every batch
shared, copied = [], []
for step in range(3):
    buf[:] = step  # "load" batch number `step` into the buffer
    shared.append(jnp.asarray(buf))  # copies the buffer on the CPU
    copied.append(jnp.array(buf))  # always copies
jnp.stack(shared), jnp.stack(copied)
