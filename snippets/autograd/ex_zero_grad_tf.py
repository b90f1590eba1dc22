import tensorflow as tf

x = tf.Variable(0.0)
for _ in range(20):
    with tf.GradientTape() as tape:  # a fresh tape each step: nothing to clear
        loss = (x - 3) ** 2
    x.assign_sub(0.1 * tape.gradient(loss, x))
x.read_value()  # 3 - 3·0.8²⁰
