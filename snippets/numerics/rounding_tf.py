import ml_dtypes
import tensorflow as tf

types = {"float32": tf.float32, "bfloat16": tf.bfloat16, "float16": tf.float16}
result = {}
for name, t in types.items():
    one, eps = tf.constant(1.0, dtype=t), float(ml_dtypes.finfo(t.as_numpy_dtype).eps)
    # 1 + eps/2 rounds back to 1; 1 + eps is the next number; 257 may not exist
    result[name] = (float(one + eps / 2), float(one + eps), float(tf.constant(257.0, dtype=t)))
result
