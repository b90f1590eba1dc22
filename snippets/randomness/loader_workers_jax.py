import jax


def augment(key, i):
    """Sample i's noise from a key folded from (epoch key, i): whoever computes it, in
    whatever order, gets the same numbers."""
    return jax.random.uniform(jax.random.fold_in(key, i))


def one_epoch(seed):
    key = jax.random.key(seed)
    order_key, noise_key = jax.random.split(key)
    order = jax.random.permutation(order_key, 4)
    return order, jax.vmap(augment, in_axes=(None, 0))(noise_key, order)  # all at once


order, noise = one_epoch(0)
order_again, noise_again = one_epoch(0)
print(list(zip(order.tolist(), noise.tolist(), strict=True)))
bool((noise == noise_again).all()), len(set(noise.tolist())) == 4
