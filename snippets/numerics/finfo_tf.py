import ml_dtypes
import tensorflow as tf

types = {"float32": tf.float32, "bfloat16": tf.bfloat16, "float16": tf.float16}
# A tf.DType knows its .max (and .min); tf.experimental.numpy.finfo refuses bfloat16, so
# the gaps come from ml_dtypes.finfo (ml_dtypes gives NumPy, and TensorFlow, its bfloat16)
{
    name: (
        float(t.max),
        float(ml_dtypes.finfo(t.as_numpy_dtype).eps),
        float(ml_dtypes.finfo(t.as_numpy_dtype).smallest_normal),
    )
    for name, t in types.items()
}
