import os

import jax

# XLA's GPU backend has a flag for deterministic kernels, read once at start-up from the
# environment (XLA_FLAGS="--xla_gpu_deterministic_ops=true"); JAX has no switch to flip later.
platform = jax.devices()[0].platform
flags = os.environ.get("XLA_FLAGS", "")
platform, "--xla_gpu_deterministic_ops=true" in flags
