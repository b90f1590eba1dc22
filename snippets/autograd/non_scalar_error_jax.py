# raises: TypeError
import jax
import jax.numpy as jnp

x = jnp.arange(4.0)
jax.grad(lambda x: x * x)(x)  # Gradient only defined for scalar-output functions
