import tensorflow as tf

prior = tf.constant([0.9985, 0.0015])   # P(H=0), P(H=1): healthy, infected
positive = tf.constant([[0.01, 1.00],   # test 1: P(D1=1 | H=0), P(D1=1 | H=1)
                        [0.03, 0.98]])  # test 2: P(D2=1 | H=0), P(D2=1 | H=1)
joint = prior * positive[0]             # P(D1=1, H)
after_one = joint / tf.reduce_sum(joint)  # Bayes: P(H | D1=1)
joint = prior * tf.reduce_prod(positive, axis=0)  # tests independent given H
after_two = joint / tf.reduce_sum(joint)  # P(H | D1=1, D2=1)
after_one[1], after_two[1]
