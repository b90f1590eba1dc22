import jax.numpy as jnp

prior = jnp.array([0.9985, 0.0015])  # P(H=0), P(H=1)
# P(D1, D2 | H): rows D1 = 0, 1; columns D2 = 0, 1
healthy = jnp.array([[0.82, 0.08],  # P(D=1 | H=0) = 0.1 each, both positive: 0.02
                     [0.08, 0.02]])
one_ill = jnp.array([0.01, 0.99])  # P(D=0 | H=1), P(D=1 | H=1)
ill = jnp.outer(one_ill, one_ill)  # independent given H=1
tables = jnp.stack([healthy, ill])  # P(D1, D2 | H), indexed [h, d1, d2]


def posterior(likelihood):  # P(H=1 | result) from P(result | H)
    joint = prior * likelihood
    return joint[1] / joint.sum()


after_one = posterior(tables[:, 1, :].sum(axis=1))  # D1 = 1, D2 unknown
after_two = posterior(tables[:, 1, 1])  # both positive
as_if_independent = posterior(jnp.array([0.1 * 0.1, 0.99 * 0.99]))
after_one, after_two, as_if_independent
