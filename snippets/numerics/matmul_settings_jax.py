import jax

# None: no default of your own, so each backend picks (TF32 on recent NVIDIA GPUs,
# bfloat16 passes on TPU, full float32 on the CPU)
jax.config.jax_default_matmul_precision, jax.default_backend()
