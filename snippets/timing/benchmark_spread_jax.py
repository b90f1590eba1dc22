import timeit

import jax
import numpy as np


@jax.jit
def f(x):
    return x @ x


x = jax.random.normal(jax.random.key(0), (256, 256))
f(x).block_until_ready()  # warm up

n = 20
blocks = timeit.repeat(lambda: f(x).block_until_ready(), number=n, repeat=7)
per_call = np.array(blocks) / n
q25, median, q75 = np.percentile(per_call, [25, 50, 75])
{"median (µs)": round(float(median) * 1e6, 1),
 "IQR (µs)": round(float(q75 - q25) * 1e6, 1),
 "blocks": len(blocks)}
