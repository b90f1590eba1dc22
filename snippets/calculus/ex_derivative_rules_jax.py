import jax
import jax.numpy as jnp

rules = {  # f, and f' by the rules
    "x**3": (lambda x: x**3, lambda x: 3 * x**2),
    "exp": (jnp.exp, jnp.exp),
    "log": (jnp.log, lambda x: 1 / x),
}
x = jnp.array(2.0)
{name: (jax.grad(f)(x), df(x)) for name, (f, df) in rules.items()}
