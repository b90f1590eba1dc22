import tensorflow as tf

x = tf.Variable(3.0)
with tf.GradientTape(persistent=True) as tape:  # may be asked more than once
    y = x * x
    z = y * y
dz_dx, dy_dx = tape.gradient(z, x), tape.gradient(y, x)
del tape  # a persistent tape holds its resources until deleted
dz_dx, dy_dx  # 4x³ and 2x
