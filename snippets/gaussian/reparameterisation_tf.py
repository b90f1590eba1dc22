import tensorflow as tf

tf.random.set_seed(0)
mu = tf.Variable([0.0, 1.0])
Sigma = tf.constant([[1.0, 0.6], [0.6, 2.0]])
L = tf.linalg.cholesky(Sigma)
z = tf.random.normal([10_000, 2])
with tf.GradientTape() as tape:
    x = mu + z @ tf.transpose(L)  # x = mu + L z, one draw per row
    # estimates E|x|^2 = |mu|^2 + trace(Sigma) = 4
    loss = tf.reduce_mean(tf.reduce_sum(x**2, axis=1))
loss, tape.gradient(loss, mu)  # exact gradient: 2 mu = [0, 2]
