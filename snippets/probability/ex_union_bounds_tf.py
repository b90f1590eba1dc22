import tensorflow as tf

pa, pb = 0.6, 0.5
bounds = tf.constant([[max(pa, pb), min(1.0, pa + pb)],  # P(A ∪ B): lower, upper
                      [max(0.0, pa + pb - 1), min(pa, pb)]])  # P(A ∩ B): lower, upper
# 1000 equally likely outcomes u; A = {u < 0.6}, and B placed for most or least overlap
u = (tf.range(1000.0) + 0.5) / 1000
a, b_inside, b_apart = u < pa, u < pb, u >= 1 - pb


def prob(event):
    return tf.reduce_mean(tf.cast(event, tf.float32))


reached = tf.stack([prob(a | b_inside), prob(a | b_apart),
                    prob(a & b_apart), prob(a & b_inside)])
bounds, tf.reshape(reached, (2, 2))
