import jax.numpy as jnp
from jax.scipy.stats import multivariate_normal, norm

mu = jnp.array([0.0, 1.0])
Sigma = jnp.array([[1.0, 0.6], [0.6, 2.0]])
x1 = jnp.linspace(-8, 8, 801)
x2 = jnp.array([-1.0, 0.0, 1.0, 2.0, 3.0])
X1, X2 = jnp.meshgrid(x1, x2, indexing="ij")
p = multivariate_normal.pdf(jnp.stack([X1, X2], axis=-1), mu, Sigma)
numerical = jnp.trapezoid(p, x1, axis=0)  # the marginal, integrated numerically

buggy = norm.pdf(x2, loc=mu[1], scale=jnp.linalg.det(Sigma))  # the determinant as scale
fixed = norm.pdf(x2, loc=mu[1], scale=jnp.sqrt(Sigma[1, 1]))  # the std of x2: sqrt(Sigma_22)
round(float(jnp.abs(buggy - numerical).max()), 4), round(float(jnp.abs(fixed - numerical).max()), 4)
