import tensorflow as tf

A = tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
x = tf.Variable([1.0, -1.0, 2.0])
with tf.GradientTape() as tape:
    y = tf.linalg.matvec(A, x)
jacobian = tape.jacobian(y, x)  # rows: outputs, columns: inputs
tf.transpose(jacobian), tf.reduce_all(tf.transpose(jacobian) == tf.transpose(A))
