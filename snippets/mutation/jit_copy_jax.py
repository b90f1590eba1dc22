import jax
import jax.numpy as jnp


def put(x):
    return x.at[3].set(7.0)


x = jnp.zeros(8)
for donate in [(), (0,)]:
    hlo = jax.jit(put, donate_argnums=donate).lower(x).compile().as_text()
    print(f"donate_argnums={donate}:")
    for line in hlo.splitlines():
        if " copy(" in line or "dynamic-update-slice(" in line:
            print("  " + line.split(", metadata")[0].strip())
y = jax.jit(put)(x)
x, y  # x keeps its zeros
