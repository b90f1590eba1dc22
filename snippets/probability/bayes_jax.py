import jax.numpy as jnp

prior = jnp.array([0.9985, 0.0015])   # P(D=0), P(D=1): healthy, infected
positive = jnp.array([[0.01, 1.00],   # test 1: P(H1=1 | D=0), P(H1=1 | D=1)
                      [0.03, 0.98]])  # test 2: P(H2=1 | D=0), P(H2=1 | D=1)
joint = prior * positive[0]           # P(H1=1, D)
after_one = joint / joint.sum()       # Bayes: P(D | H1=1)
joint = prior * positive.prod(axis=0) # tests independent given D
after_two = joint / joint.sum()       # P(D | H1=1, H2=1)
after_one[1], after_two[1]
