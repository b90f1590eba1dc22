import tensorflow as tf

start = tf.constant([2.0, 10.0])  # (avenue, street)
end = tf.constant([7.0, 22.0])
step = end - start
blocks = tf.norm(step, ord=1)  # along the grid: |5| + |12|
as_the_crow_flies = tf.norm(step)  # diagonally: sqrt(5² + 12²)
blocks, as_the_crow_flies
