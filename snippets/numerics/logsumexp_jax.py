import jax
import jax.numpy as jnp

x = jnp.array([[1000.0, 1000.0], [-1000.0, -1000.0]])
naive = jnp.log(jnp.exp(x).sum(axis=1))  # exp(1000) is inf, exp(-1000) is 0
stable = jax.nn.logsumexp(x, axis=1)  # max + log(sum(exp(x - max)))
naive, stable
