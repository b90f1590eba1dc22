import jax

key = jax.random.key(0)
in_a_loop = [jax.random.uniform(jax.random.fold_in(key, step), (2,)) for step in range(10)]
# fold_in derives step 7's key from (key, 7) alone: no need to run steps 0 to 6 first
directly = jax.random.uniform(jax.random.fold_in(jax.random.key(0), 7), (2,))
print(in_a_loop[7], directly)
bool((in_a_loop[7] == directly).all())
