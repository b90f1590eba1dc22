import jax
import jax.numpy as jnp

n, eps = jnp.array([10.0, 100.0, 1000.0]), 0.1  # tosses of a fair coin, a deviation
heads = jax.random.binomial(jax.random.key(0), n, 0.5, shape=(100_000, 3))
p_hat = heads / n  # 100 000 estimates of P(heads) for each n
variance = p_hat.var(axis=0)  # divides by n; theory: 1/(4n)
# P(|p̂ - 1/2| ≥ ε), counted in heads: in float32, 0.4 - 0.5 is not -0.1
deviates = (jnp.abs(heads - n / 2) >= n / 10).mean(axis=0)
chebyshev = jnp.minimum(1 / (4 * n * eps**2), 1.0)  # Var / ε², at most 1
clt = jax.scipy.special.erfc(2 * eps * jnp.sqrt(n) / 2**0.5)  # 2 P(Z ≥ ε/σ), σ = 1/(2√n)
variance, 1 / (4 * n), deviates, chebyshev, clt
