# raises: TypeError
import jax.numpy as jnp


def relu_numpy_style(x):
    x[x < 0] = 0  # the NumPy habit: write into the array
    return x


x = jnp.array([-2.0, -1.0, 0.5, 3.0])
relu_numpy_style(x)
