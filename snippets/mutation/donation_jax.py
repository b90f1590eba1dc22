import jax
import jax.numpy as jnp


def put(x):
    return x.at[3].set(7.0)


def total(x):
    return x.sum()  # a scalar: x's buffer is the wrong size to hold it


x = jnp.zeros(8)
before = x.unsafe_buffer_pointer()
y = jax.jit(put, donate_argnums=0)(x)
z = jnp.zeros(8)
s = jax.jit(total, donate_argnums=0)(z)  # UserWarning: the donation was not usable
x.is_deleted(), y.unsafe_buffer_pointer() == before, z.is_deleted()
