import jax


def init(key, sizes):
    """Weights for a stack of layers: one key per layer, split from the key passed in."""
    keys = jax.random.split(key, len(sizes) - 1)
    return [
        jax.random.normal(k, (m, n)) / m**0.5 for k, m, n in zip(keys, sizes, sizes[1:])
    ]


sizes = [4, 8, 2]
first = init(jax.random.key(0), sizes)
second = init(jax.random.key(0), sizes)  # the same seed: the same weights, whatever ran between
[tuple(w.shape) for w in first], all(bool((a == b).all()) for a, b in zip(first, second))
