import jax
import jax.numpy as jnp

x = jnp.arange(4.0)
grad_f = jax.grad(lambda x: 2 * jnp.dot(x, x))
# grad_f is a pure function: nothing is stored, so nothing accumulates or needs a reset
grad_f(x), grad_f(x), jax.grad(jnp.sum)(x)
