import tensorflow as tf

p_a = tf.constant([0.7, 0.3])  # P(A)
p_b_a = tf.constant([[0.9, 0.1],  # P(B | A): row a, column b
                     [0.4, 0.6]])
p_c_b = tf.constant([[0.8, 0.2],  # P(C | B): row b, column c; C looks at B only
                     [0.3, 0.7]])
joint = tf.einsum("a,ab,bc->abc", p_a, p_b_a, p_c_b)  # P(A, B, C) = P(A) P(B|A) P(C|B)
p_c_ab = joint / tf.reduce_sum(joint, axis=2, keepdims=True)  # P(C | A, B)
# P(C) by summing the joint, and as a chain of matrix products
p_c_chain = tf.linalg.matvec(p_c_b, tf.linalg.matvec(p_b_a, p_a, transpose_a=True),
                             transpose_a=True)
tf.reduce_sum(joint), p_c_ab[0] - p_c_ab[1], tf.reduce_sum(joint, axis=(0, 1)), p_c_chain
