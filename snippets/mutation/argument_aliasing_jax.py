import jax.numpy as jnp


def normalize(x):
    x /= x.sum()  # makes a new array and rebinds the local name x
    return x


w = jnp.array([1.0, 3.0])
p = normalize(w)
w, p  # w keeps its values
