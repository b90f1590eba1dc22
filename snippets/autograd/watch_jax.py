import jax
import jax.numpy as jnp

w = jnp.array([1.0, 2.0, 3.0])
x = jnp.array([4.0, 5.0, 6.0])
jax.grad(jnp.dot, argnums=(0, 1))(w, x)
