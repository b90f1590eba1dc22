import matplotlib.pyplot as plt
import tensorflow as tf


def f(x):
    return x**3 - 1 / x


x0 = tf.constant(1.0)
with tf.GradientTape() as tape:
    tape.watch(x0)
    y0 = f(x0)
slope = tape.gradient(y0, x0)  # f'(x) = 3x² + 1/x², 4 at x = 1
x = tf.range(4, 33, dtype=tf.float32) / 16  # 0.25 ... 2 in steps of 1/16 (f is undefined at 0)
fig, ax = plt.subplots(figsize=(5, 3.5))
ax.plot(x, f(x), label="f(x) = x³ − 1/x")
ax.plot(x, y0 + slope * (x - x0), "--", label=f"tangent, slope {slope:.0f}")
ax.plot(x0, y0, "o", color="black")
ax.set(xlabel="x", ylabel="y", title="Tangent line at x = 1")
ax.legend()
plt.show()
