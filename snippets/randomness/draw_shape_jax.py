import jax

three = jax.random.normal(jax.random.key(0), (3,))
twenty = jax.random.normal(jax.random.key(0), (20,))  # the same key, a larger draw
print(three, twenty[:3], sep="\n")
bool((three == twenty[:3]).all())  # is the small draw the start of the large one?
