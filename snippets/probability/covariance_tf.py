import tensorflow as tf

# rows are variables, columns are observations
X = tf.constant([[1.0, 2.0, 3.0, 4.0, 5.0],
                 [2.0, 4.0, 5.0, 4.0, 5.0]])
# core TensorFlow has no cov: use the definition E[(x - mu)(x - mu)^T], divided by n - 1
D = X - tf.reduce_mean(X, axis=1, keepdims=True)
D @ tf.transpose(D) / (X.shape[1] - 1)
