import tensorflow as tf

prior = tf.constant([0.9985, 0.0015])  # P(H=0), P(H=1)
# P(D1, D2 | H): rows D1 = 0, 1; columns D2 = 0, 1
healthy = tf.constant([[0.82, 0.08],  # P(D=1 | H=0) = 0.1 each, both positive: 0.02
                       [0.08, 0.02]])
one_ill = tf.constant([0.01, 0.99])  # P(D=0 | H=1), P(D=1 | H=1)
ill = tf.tensordot(one_ill, one_ill, axes=0)  # outer product: independent given H=1
tables = tf.stack([healthy, ill])  # P(D1, D2 | H), indexed [h, d1, d2]


def posterior(likelihood):  # P(H=1 | result) from P(result | H)
    joint = prior * likelihood
    return joint[1] / tf.reduce_sum(joint)


after_one = posterior(tf.reduce_sum(tables[:, 1, :], axis=1))  # D1 = 1, D2 unknown
after_two = posterior(tables[:, 1, 1])  # both positive
as_if_independent = posterior(tf.constant([0.1 * 0.1, 0.99 * 0.99]))
after_one, after_two, as_if_independent
