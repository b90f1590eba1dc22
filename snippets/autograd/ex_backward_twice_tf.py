import tensorflow as tf

x = tf.Variable(2.0)
with tf.GradientTape(persistent=True) as tape:  # without persistent, the 2nd call raises
    y = x**3
first, second = tape.gradient(y, x), tape.gradient(y, x)
del tape
first, second  # 3x² = 12 both times: nothing accumulates
