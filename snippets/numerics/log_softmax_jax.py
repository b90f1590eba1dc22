import jax
import jax.numpy as jnp

logits = jnp.array([0.0, -50.0, -120.0])
probs = jax.nn.softmax(logits)  # exp(-120) is about 8e-53: 0 in float32
jnp.log(probs), jax.nn.log_softmax(logits)
