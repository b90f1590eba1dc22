import jax
import jax.numpy as jnp

k_data, k_orders = jax.random.split(jax.random.key(0))
x = jnp.exp(3 * jax.random.normal(k_data, (10_000,)))  # float32, magnitudes 1e-5 to 1e5
orders = jnp.argsort(jax.random.uniform(k_orders, (20, 10_000)), axis=1)  # 20 random orders
totals = x[orders].sum(axis=1)  # the same numbers summed in 20 orders
with jax.enable_x64(True):  # 64-bit for this block only
    exact = float(x.astype(jnp.float64).sum())  # a float64 reference
spread = float((totals.max() - totals.min()) / exact)
print("totals:", jnp.unique(totals), "float64:", exact)
len(jnp.unique(totals)) > 1, spread < 1e-5  # order matters, but only in the last digits
