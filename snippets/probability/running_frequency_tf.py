import matplotlib.pyplot as plt
import tensorflow as tf

tf.random.set_seed(0)
n = 10_000
heads = tf.random.categorical(tf.math.log([[0.5, 0.5]]), n)[0] == 0
tosses = tf.range(1, n + 1)
frequency = tf.cumsum(tf.cast(heads, tf.float32)) / tf.cast(tosses, tf.float32)
band = 1 / tf.sqrt(tf.cast(tosses, tf.float32))  # two standard deviations: 2 * 0.5 / sqrt(n)

fig, ax = plt.subplots(figsize=(5, 3.5))
ax.plot(tosses, frequency, label="running frequency of heads")
ax.axhline(0.5, color="black", linestyle="--", label="P(heads) = 0.5")
ax.plot(tosses, 0.5 + band, ":", color="gray", label="0.5 ± 1/√n")
ax.plot(tosses, 0.5 - band, ":", color="gray")
ax.set(xscale="log", xlabel="number of tosses", ylabel="frequency of heads",
       title="Law of large numbers: a fair coin")
ax.set_ylim(0, 1)
ax.legend()
plt.show()
