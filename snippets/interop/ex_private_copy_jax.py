import jax.numpy as jnp
import numpy as np


def center_in_place(a):  # a NumPy routine that reuses its input's memory
    a -= a.mean()
    return a


x = jnp.array([1.0, 2.0, 6.0])
centered = center_in_place(np.array(x))  # np.asarray(x) is read-only: ValueError
x, centered
