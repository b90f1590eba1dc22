from itertools import pairwise

import jax


def init(key, sizes):
    """Weights for a stack of layers: one key per layer, split from the key passed in."""
    keys = jax.random.split(key, len(sizes) - 1)
    shapes = pairwise(sizes)
    return [jax.random.normal(k, (m, n)) / m**0.5 for k, (m, n) in zip(keys, shapes, strict=True)]


sizes = [4, 8, 2]
first = init(jax.random.key(0), sizes)
second = init(jax.random.key(0), sizes)  # the same seed: the same weights, whatever ran between
same = all(bool((a == b).all()) for a, b in zip(first, second, strict=True))
[tuple(w.shape) for w in first], same
