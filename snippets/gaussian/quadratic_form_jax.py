import jax.numpy as jnp

mu = jnp.array([0.0, 1.0])
Sigma = jnp.array([[1.0, 0.6], [0.6, 2.0]])
P = jnp.linalg.inv(Sigma)  # the precision matrix, computed once
x = jnp.stack(jnp.meshgrid(jnp.linspace(-1, 1, 3), jnp.linspace(0, 2, 2),
                           indexing="ij"), axis=-1)  # a (3, 2) grid of 2-D points
d = x - mu  # shape (3, 2, 2): any number of leading axes
jnp.einsum("...k,kl,...l->...", d, P, d)  # (x - mu)ᵀ Σ⁻¹ (x - mu) at every point
