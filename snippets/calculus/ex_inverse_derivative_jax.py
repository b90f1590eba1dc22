import jax
import jax.numpy as jnp

y = jnp.array([-1.0, 0.0, 2.0])
d_arctan = jax.grad(lambda y: jnp.arctan(y).sum())(y)  # (f⁻¹)'(y), elementwise
d_tan = jax.grad(lambda x: jnp.tan(x).sum())  # f'(x), elementwise
d_arctan, 1 / d_tan(jnp.arctan(y)), 1 / (1 + y**2)
