import jax
import jax.numpy as jnp


def f(x):
    return jnp.sin(x) * jnp.exp(x)


df = jax.grad(f)
d2f = jax.grad(df)  # differentiates the program that computes df
x = jnp.array(1.0)
for name, g in [("f", f), ("df/dx", df), ("d2f/dx2", d2f)]:
    print(f"operations to compute {name}: {len(jax.make_jaxpr(g)(x).eqns)}")
df(x), d2f(x), 2 * jnp.exp(x) * jnp.cos(x)  # f'' = 2 eˣ cos x
