import jax.numpy as jnp

x = jnp.array([1.0, 2.0, 3.0, 4.0])
set_ = x.at[1].set(10.0)       # each method returns a new array
add = x.at[1].add(10.0)
mul = x.at[1].multiply(10.0)   # also spelled .mul
big = x.at[1:3].max(2.5)       # elementwise max with 2.5 on a slice
x, set_, add, mul, big         # x is unchanged
