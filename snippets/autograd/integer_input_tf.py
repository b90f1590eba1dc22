import tensorflow as tf

x = tf.Variable(3)  # an int32 variable
with tf.GradientTape() as tape:
    y = x * x
print(tape.gradient(y, x))  # None, silently: the tape does not record integer computations
