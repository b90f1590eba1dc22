import jax
import jax.numpy as jnp

x = jnp.arange(4.0)
y, vjp_fn = jax.vjp(lambda x: x * x, x)
(gradient,) = vjp_fn(jnp.ones_like(y))  # same as jax.grad(lambda x: (x * x).sum())(x)
gradient
