import tensorflow as tf

A = tf.constant([[1.0, 2.0, 0.0], [3.0, -1.0, 4.0], [0.0, 5.0, 2.0]])
x = tf.Variable([1.0, -1.0, 2.0])
with tf.GradientTape(persistent=True) as tape:
    quadratic = tf.tensordot(x, tf.linalg.matvec(A, x), 1)
    squared_norm = tf.tensordot(x, x, 1)
grad_quadratic = tape.gradient(quadratic, x)
grad_squared_norm = tape.gradient(squared_norm, x)
(grad_quadratic, tf.linalg.matvec(A + tf.transpose(A), x)), (grad_squared_norm, 2 * x)
