import jax
import jax.numpy as jnp

logits = jnp.array([[-142.55, -211.92, -247.70]])  # logits as in the issue
labels = jnp.array([[0.0, 1.0, 0.0]])  # one-hot: the true class is 1
# the bug: softmax underflows to 0 for the last class, log(0) = -inf, 0 * -inf = nan
buggy = -(labels * jnp.log(jax.nn.softmax(logits, axis=1))).sum(axis=1)
# the fix: log probabilities straight from the logits
fixed = -(labels * jax.nn.log_softmax(logits, axis=1)).sum(axis=1)
# JAX has no cross-entropy function of its own (Optax has); the same sum, indexed:
log_probs = jax.nn.log_softmax(logits, axis=1)
library = -jnp.take_along_axis(log_probs, labels.argmax(axis=1)[:, None], axis=1)[:, 0]
buggy, fixed, library
