import jax
import jax.numpy as jnp

traces = []


@jax.jit
def f(x):
    traces.append((x.shape, x.dtype))  # runs only while tracing
    return 2 * x + 1


calls = [jnp.ones(3), jnp.zeros(3), jnp.ones(4), jnp.ones(3, dtype=jnp.int32)]
for x in calls:
    f(x)
print("dtypes traced:", [str(dtype) for _, dtype in traces])
len(traces)
