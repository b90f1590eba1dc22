import jax.numpy as jnp

y = jnp.log(jnp.array([2.0, 1.0, 0.0, -1.0]))  # log(0) is -inf, log(-1) is nan
finite = jnp.isfinite(y)  # False for inf, -inf and nan alike
y, finite, int(jnp.nonzero(~finite)[0][0])  # the index of the first bad value
