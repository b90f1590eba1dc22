import jax
import jax.numpy as jnp

p, n = 0.3, jnp.array([10.0, 100.0, 1000.0, 10000.0])  # a biased coin, n tosses
heads = jax.random.binomial(jax.random.key(0), n, p, shape=(2000, 4))  # 2000 runs
p_hat = heads / n  # each run's estimate of p, for each n
estimate_sd = p_hat.std(axis=0)  # spread of the estimate (divides by n): shrinks like 1/√n
theory_sd = jnp.sqrt(p * (1 - p) / n)
next_toss_sd = jnp.sqrt(p_hat * (1 - p_hat)).mean(axis=0)  # the next toss: stays near 0.46
estimate_sd, theory_sd, next_toss_sd
