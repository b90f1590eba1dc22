import jax
import jax.numpy as jnp

cpu = jax.devices("cpu")[0]
x = jax.device_put(jnp.arange(4.0), cpu)  # a chosen device, whatever the default is
y = x**2  # computed where its input lives
y.device.platform, jax.device_get(y)  # the device, then the value as a NumPy array on the host
