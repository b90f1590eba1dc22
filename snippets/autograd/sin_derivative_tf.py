import matplotlib.pyplot as plt
import tensorflow as tf

x = tf.range(-48, 49, dtype=tf.float32) / 8  # -6 ... 6 in steps of 1/8
with tf.GradientTape() as tape:
    tape.watch(x)
    y = tf.sin(x)
dy_dx = tape.gradient(y, x)  # summed implicitly; y_i depends on x_i alone: sin'(x_i)

fig, ax = plt.subplots(figsize=(5, 3.5))
ax.plot(x, y, label="sin(x)")
ax.plot(x, dy_dx, label="derivative by autodiff")
ax.plot(x, tf.cos(x), ":", color="black", label="cos(x)")
ax.set(xlabel="x", ylabel="y", ylim=(-1.2, 1.6), title="sin(x) and its derivative")
ax.legend(loc="upper center", ncols=3, fontsize="small")
plt.show()
