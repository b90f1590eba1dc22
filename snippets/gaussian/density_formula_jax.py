import math

import jax.numpy as jnp

mu = jnp.array([0.0, 1.0])
Sigma = jnp.array([[1.0, 0.6], [0.6, 2.0]])


def pdf(x):
    d = x - mu  # one point per row
    quad = jnp.einsum("nk,kn->n", d, jnp.linalg.solve(Sigma, d.T))  # (x-mu)^T Sigma^-1 (x-mu)
    _, logdet = jnp.linalg.slogdet(Sigma)
    return jnp.exp(-0.5 * (quad + logdet + len(mu) * math.log(2 * math.pi)))


pdf(jnp.array([[0.0, 1.0], [1.0, 1.0], [-1.0, 2.0], [2.0, -1.0]]))
