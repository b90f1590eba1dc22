import tensorflow as tf

omega = tf.range(1, 7)         # the sample space of a die: 1, ..., 6
p = tf.fill([6], 1 / 6)        # a fair die: P({i}) = 1/6, and P(omega) = 1
even, big = omega % 2 == 0, omega > 4  # events are subsets of omega: boolean masks


def P(event):  # the probability of an event: add up its outcomes
    return tf.reduce_sum(tf.where(event, p, 0.0))


even_or_big = even | big  # the union: Python's | on masks means "or", not "given"
even_given_big = P(even & big) / P(big)  # the conditional probability P(even | big)
P(even), P(big), P(even_or_big), P(even) + P(big) - P(even & big), even_given_big
