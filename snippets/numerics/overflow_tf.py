import tensorflow as tf

x = tf.constant([1.0, 60000.0, 70000.0, 1e5])  # float32
# float16 ends at 65504: beyond it the cast gives inf; bfloat16 keeps float32's range
# (the bfloat16 values are shown as float32, which holds them exactly)
{
    "float16": tf.cast(x, tf.float16),
    "bfloat16": tf.cast(tf.cast(x, tf.bfloat16), tf.float32),
}
