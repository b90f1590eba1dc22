import timeit

import jax

x = jax.random.normal(jax.random.key(0), (300, 300))
(x @ x).block_until_ready()  # warm up

n = 10
wrong = timeit.timeit(lambda: x @ x, number=n) / n  # times the dispatch only
jax.block_until_ready(x @ x)  # let the queued work drain before measuring again
right = timeit.timeit(lambda: (x @ x).block_until_ready(), number=n) / n
{"without waiting (µs/call)": round(wrong * 1e6), "waiting (µs/call)": round(right * 1e6)}
