import tensorflow as tf

logits = tf.constant([0.0, -50.0, -120.0])
probs = tf.nn.softmax(logits)  # exp(-120) is about 8e-53: 0 in float32
tf.math.log(probs), tf.nn.log_softmax(logits)
