import tensorflow as tf

logits = tf.constant([[-142.55, -211.92, -247.70]])  # logits as in the issue
labels = tf.constant([[0.0, 1.0, 0.0]])  # one-hot: the true class is 1
# the bug: softmax underflows to 0 for the last class, log(0) = -inf, 0 * -inf = nan
buggy = -tf.reduce_sum(labels * tf.math.log(tf.nn.softmax(logits, axis=1)), axis=1)
# the fix: log probabilities straight from the logits
fixed = -tf.reduce_sum(labels * tf.nn.log_softmax(logits, axis=1), axis=1)
library = tf.nn.softmax_cross_entropy_with_logits(labels=labels, logits=logits)
buggy, fixed, library
