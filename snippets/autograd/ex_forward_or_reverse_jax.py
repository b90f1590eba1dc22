import jax
import jax.numpy as jnp


def loss(w):  # R⁵ -> R: many inputs, one output, like every training loss
    return jnp.sum(jnp.sin(w) * w)


w = jnp.arange(1.0, 6.0)
# reverse mode: one VJP, with weight 1 on the single output, gives all five partials
_, vjp_fn = jax.vjp(loss, w)
(by_reverse,) = vjp_fn(jnp.array(1.0))
# forward mode: one JVP per input direction gives one partial each: five passes
by_forward = jnp.stack([jax.jvp(loss, (w,), (e,))[1] for e in jnp.eye(5)])
by_reverse, by_forward
