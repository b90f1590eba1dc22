# raises: TypeError
import jax

key = jax.random.key(0)  # typed: arithmetic on it is refused
print(jax.random.PRNGKey(0) + 1)  # a raw key is plain integers: this runs, and means nothing
key + 1
