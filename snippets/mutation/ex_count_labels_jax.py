import jax.numpy as jnp

labels = jnp.array([2, 0, 2, 2, 1, 0])
zeros = jnp.zeros(3)
wrong = zeros.at[labels].set(zeros[labels] + 1)  # NumPy's counts[labels] += 1
counts = zeros.at[labels].add(1)  # .add accumulates repeated indices
wrong, counts
