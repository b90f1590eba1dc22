import tensorflow as tf

ones = tf.ones((4, 9))
A = tf.constant([[1.0, 2.0], [3.0, 4.0]])
matrix = [-2, -1]  # the two axes that form the matrix
(tf.norm(ones, ord=2, axis=matrix), tf.norm(ones, axis=matrix),  # spectral, Frobenius
 tf.norm(A, ord=2, axis=matrix), tf.norm(A, axis=matrix),
 tf.linalg.svd(A, compute_uv=False)[0])  # the spectral norm is the largest singular value
