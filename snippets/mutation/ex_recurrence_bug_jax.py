import jax
import jax.numpy as jnp


def loss_fn(x):
    f = [jnp.array(1.0)]  # f[i] = ... would raise TypeError: build a list instead
    for i in range(1, 10):
        f.append(jax.nn.sigmoid(f[i - 1] * x))
    return jnp.stack(f).sum()


jax.value_and_grad(loss_fn)(jnp.array(1.0))
