import jax
import jax.numpy as jnp

mu = jnp.array([0.0, 1.0])
Sigma = jnp.array([[1.0, 0.6], [0.6, 2.0]])
L = jnp.linalg.cholesky(Sigma)
z = jax.random.normal(jax.random.key(0), (10_000, 2))


def loss(mu):
    x = mu + z @ L.T  # x = mu + L z, one draw per row
    return (x**2).sum(axis=1).mean()  # estimates E|x|^2 = |mu|^2 + trace(Sigma) = 4


jax.value_and_grad(loss)(mu)  # exact gradient: 2 mu = [0, 2]
