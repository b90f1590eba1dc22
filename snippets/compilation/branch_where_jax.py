import jax
import jax.numpy as jnp


@jax.jit
def leaky_relu(x):
    return jnp.where(x > 0, x, 0.1 * x)


leaky_relu(jnp.array([-2.0, -0.5, 0.0, 1.5]))
