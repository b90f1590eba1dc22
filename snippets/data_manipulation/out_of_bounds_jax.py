import jax.numpy as jnp

x = jnp.arange(5)
(
    x[10],  # clamped to the last element, no error
    x.at[10].get(mode="fill", fill_value=-1),
    x.at[10].set(99),  # an out-of-range update is dropped
)
