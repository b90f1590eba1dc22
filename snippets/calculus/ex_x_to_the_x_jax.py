import jax
import jax.numpy as jnp

x = jnp.array([0.5, 1.0, 2.0])
autodiff = jax.grad(lambda x: (x**x).sum())(x)  # one derivative per element
autodiff, x**x * (jnp.log(x) + 1)
