import jax
import jax.numpy as jnp


def program(key, with_dropout):
    k_dropout, k_noise = jax.random.split(key)  # one key for each use, made up front
    if with_dropout:
        keep = jax.random.bernoulli(k_dropout, 0.5, (4,))  # an unrelated draw
        jnp.where(keep, 2.0, 0.0)
    return jax.random.normal(k_noise, (3,))


before = program(jax.random.key(0), with_dropout=False)
after = program(jax.random.key(0), with_dropout=True)  # the same seed, one draw more
print(before, after, sep="\n")
bool((before == after).all())
