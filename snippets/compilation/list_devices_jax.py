import jax

jax.default_backend(), jax.devices()
