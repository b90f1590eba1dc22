import jax
import jax.numpy as jnp
import numpy as np

x = jnp.arange(3.0, device=jax.devices("cpu")[0])  # on the CPU, even on a GPU machine
a = np.asarray(x)
shares = np.shares_memory(a, np.asarray(x))  # two conversions, one buffer: x's own
shares, a.flags.writeable, a  # read-only, so the "immutable" array stays immutable
