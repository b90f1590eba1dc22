import jax
import jax.numpy as jnp

p, n = 0.3, jnp.array([10.0, 100.0, 1000.0, 10000.0])  # a biased coin, n tosses
heads = jax.random.binomial(jax.random.key(0), n, p, shape=(2000, 4))  # 2000 runs
p_hat = heads / n  # each run's estimate of p, for each n
estimate_sd = p_hat.std(axis=0)  # spread of the estimate (divides by n): shrinks like 1/√n
theory_sd = jnp.sqrt(p * (1 - p) / n)
# predicting a new toss x by p_hat: E[(x - p_hat)^2] = p(1 - p) + (p_hat - p)^2 per run
next_rmse = jnp.sqrt(p * (1 - p) + ((p_hat - p) ** 2).mean(axis=0))  # falls, then levels off
next_theory = jnp.sqrt(p * (1 - p) * (1 + 1 / n))  # the floor: sqrt(p(1 - p)) = 0.458
estimate_sd, theory_sd, next_rmse, next_theory
