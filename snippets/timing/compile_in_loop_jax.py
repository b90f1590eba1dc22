import jax
import jax.numpy as jnp

traces = []
x = jnp.ones((8, 8))
for _ in range(3):  # a benchmark loop that defines and compiles its function each time

    def step(x):
        traces.append(1)  # runs only while tracing
        return jnp.tanh(x @ x) + 2 * x

    jax.jit(step)(x).block_until_ready()
len(traces)  # a new function object each time: traced and compiled each time
