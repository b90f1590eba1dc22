import jax

key_x, key_y = jax.random.split(jax.random.key(0))  # one key per draw
x = jax.random.normal(key_x, (100_000,))
y = jax.random.normal(key_y, (100_000,))
# the same numbers would give 1 and 1; independent draws give about 0 and 0
(x == y).mean(), (x * y).mean()  # the second: the covariance of x and y
