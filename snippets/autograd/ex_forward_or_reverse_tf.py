import tensorflow as tf


def loss(w):  # R⁵ -> R: many inputs, one output, like every training loss
    return tf.reduce_sum(tf.sin(w) * w)


def jvp(w, v):
    with tf.autodiff.ForwardAccumulator(w, v) as acc:
        y = loss(w)
    return acc.jvp(y)


w = tf.range(1.0, 6.0)
# reverse mode: one VJP, with weight 1 on the single output, gives all five partials
with tf.GradientTape() as tape:
    tape.watch(w)
    y = loss(w)
by_reverse = tape.gradient(y, w, output_gradients=tf.constant(1.0))
# forward mode: one JVP per input direction gives one partial each: five passes
by_forward = tf.stack([jvp(w, e) for e in tf.eye(5)])
by_reverse, by_forward
