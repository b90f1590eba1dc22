import tensorflow as tf

prior = tf.constant([0.9985, 0.0015])  # P(D=0), P(D=1)
# P(H1, H2 | D): rows H1 = 0, 1; columns H2 = 0, 1
healthy = tf.constant([[0.82, 0.08],  # P(H=1 | D=0) = 0.1 each, both positive: 0.02
                       [0.08, 0.02]])
one_ill = tf.constant([0.01, 0.99])  # P(H=0 | D=1), P(H=1 | D=1)
ill = tf.tensordot(one_ill, one_ill, axes=0)  # outer product: independent given D=1
tables = tf.stack([healthy, ill])  # P(H1, H2 | D), indexed [d, h1, h2]


def posterior(likelihood):  # P(D=1 | result) from P(result | D)
    joint = prior * likelihood
    return joint[1] / tf.reduce_sum(joint)


after_one = posterior(tf.reduce_sum(tables[:, 1, :], axis=1))  # H1 = 1, H2 unknown
after_two = posterior(tables[:, 1, 1])  # both positive
as_if_independent = posterior(tf.constant([0.1 * 0.1, 0.99 * 0.99]))
after_one, after_two, as_if_independent
