import jax
import jax.numpy as jnp

w = jnp.array([1.0, 2.0, 3.0])
x = jnp.array([4.0, 5.0, 6.0])
# nothing to watch: argnums names the arguments to differentiate (default: the first)
jax.grad(jnp.dot)(w, x)
