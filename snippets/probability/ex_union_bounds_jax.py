import jax.numpy as jnp

pa, pb = 0.6, 0.5
bounds = jnp.array([[max(pa, pb), min(1.0, pa + pb)],  # P(A ∪ B): lower, upper
                    [max(0.0, pa + pb - 1), min(pa, pb)]])  # P(A ∩ B): lower, upper
# 1000 equally likely outcomes u; A = {u < 0.6}, and B placed for most or least overlap
u = (jnp.arange(1000) + 0.5) / 1000
a, b_inside, b_apart = u < pa, u < pb, u >= 1 - pb
reached = jnp.stack([(a | b_inside).mean(), (a | b_apart).mean(),
                     (a & b_apart).mean(), (a & b_inside).mean()])
bounds, reached.reshape(2, 2)
