import jax


@jax.jit
def f(key):
    return jax.random.uniform(key, (2,))


@jax.jit
def g(key):  # a second function with the same body
    return jax.random.uniform(key, (2,))


# A compiled function draws from the key it is given, and from nothing else.
a, b = f(jax.random.key(1234)), g(jax.random.key(1234))
print(a, b)
bool((a == b).all())
