import jax

x = jax.random.normal(jax.random.key(0), (100_000,))
print("first three:", x[:3])  # other numbers than PyTorch's and TensorFlow's for seed 0
float(x.mean()), float(x.std())  # but the same distribution
