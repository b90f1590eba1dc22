# raises: TypeError
import jax

jax.grad(lambda x: x * x)(3)  # an int argument: grad refuses integer inputs
