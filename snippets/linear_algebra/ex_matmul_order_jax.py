import jax
import jax.numpy as jnp

key_a, key_b, key_c = jax.random.split(jax.random.key(0), 3)
# entries in {-1, 0, 1}: every product below is exact in float32, whatever the order
A = jax.random.randint(key_a, (2**6, 2**12), -1, 2).astype(jnp.float32)
B = jax.random.randint(key_b, (2**12, 2**5), -1, 2).astype(jnp.float32)
C = jax.random.randint(key_c, (2**5, 2**10), -1, 2).astype(jnp.float32)


def macs(X, Y):  # multiply-adds of X @ Y
    return X.shape[0] * X.shape[1] * Y.shape[1]


AB, BC = A @ B, B @ C
left = macs(A, B) + macs(AB, C)  # (AB)C
right = macs(B, C) + macs(A, BC)  # A(BC)
AB.shape, BC.shape, left, right, bool(jnp.array_equal(AB @ C, A @ BC))
