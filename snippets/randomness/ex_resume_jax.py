import jax


def mask(seed, step):  # step's key from (seed, step) alone: nothing to save but the step
    return jax.random.bernoulli(jax.random.fold_in(jax.random.key(seed), step), 0.5, (4,))


whole_run = [mask(0, step) for step in range(6)]  # steps 0 to 5 without a break
checkpoint = {"seed": 0, "step": 4}  # steps 0 to 3 ran; the checkpoint records where to go on
resumed = [mask(checkpoint["seed"], step) for step in range(checkpoint["step"], 6)]
all(bool((a == b).all()) for a, b in zip(whole_run[4:], resumed, strict=True))
