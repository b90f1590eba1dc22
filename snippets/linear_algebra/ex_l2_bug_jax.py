import jax.numpy as jnp


def l2_norm_buggy(v):
    return jnp.abs(v).sum()  # the sum of |v_i|: the L1 norm


v = jnp.array([3.0, -4.0])
unit_buggy = v / l2_norm_buggy(v)
unit = v / jnp.linalg.vector_norm(v)  # ord=2 is the default
jnp.linalg.vector_norm(unit_buggy), jnp.linalg.vector_norm(unit)
