import jax
import jax.numpy as jnp

# Four workers, one seed: split the key into four, one stream each.
keys = jax.random.split(jax.random.key(0), 4)
streams = jnp.stack([jax.random.normal(k, (100_000,)) for k in keys])
corr = jnp.corrcoef(streams)
off_diagonal = corr[~jnp.eye(4, dtype=bool)]
print(corr)
len(set(streams[:, 0].tolist())) == 4, bool(jnp.abs(off_diagonal).max() < 0.02)
