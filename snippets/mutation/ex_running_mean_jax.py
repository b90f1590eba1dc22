import jax
import jax.numpy as jnp


@jax.jit(donate_argnums=0)  # the old state's buffer may hold the new state
def update(running, batch):
    return 0.9 * running + 0.1 * batch


running = jnp.zeros(2)
for batch in [jnp.array([1.0, 2.0]), jnp.array([3.0, 4.0]), jnp.array([5.0, 6.0])]:
    running = update(running, batch)  # rebind: the donated array is gone
running
