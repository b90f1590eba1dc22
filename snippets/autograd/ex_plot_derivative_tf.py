import matplotlib.pyplot as plt
import tensorflow as tf


def f(x):
    return tf.math.log(x**2) * tf.sin(x) + 1 / x


x = tf.linspace(0.5, 8.0, 151)
with tf.GradientTape() as tape:
    tape.watch(x)
    y = f(x)
df = tape.gradient(y, x)  # no formula for f' used anywhere

fig, ax = plt.subplots(figsize=(5, 3.5))
ax.plot(x, y, label="f(x)")
ax.plot(x, df, label="f'(x) by autodiff")
ax.axhline(0, color="gray", linewidth=0.5)
ax.set(xlabel="x", ylim=(-5, 5), title="f(x) = log(x²) sin x + 1/x")
ax.legend(fontsize="small")
plt.show()
