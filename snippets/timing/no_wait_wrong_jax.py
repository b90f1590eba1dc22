import timeit

import jax

x = jax.random.normal(jax.random.key(0), (200, 200))
(x @ x).block_until_ready()  # warm up

n = 5
wrong = min(timeit.repeat(lambda: x @ x, number=n, repeat=3)) / n  # times the dispatch only
jax.block_until_ready(x @ x)  # let the queued work drain before measuring again
right = min(timeit.repeat(lambda: (x @ x).block_until_ready(), number=n, repeat=3)) / n
{"without waiting (µs/call)": round(wrong * 1e6), "waiting (µs/call)": round(right * 1e6)}
