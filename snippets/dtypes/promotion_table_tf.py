import tensorflow as tf

names = ["bool", "uint8", "uint32", "int8", "int16", "int32", "int64",
         "bfloat16", "float16", "float32", "float64", "complex64"]
arrays = {name: tf.ones(2, dtype=name) for name in names}
table = {}  # left dtype -> the dtype of left + right, for each right dtype in order
for a in names:
    row = []
    for b in names:
        try:
            row.append((arrays[a] + arrays[b]).dtype.name)
        except Exception as err:  # a pair TensorFlow refuses: its exception's name
            row.append(type(err).__name__)
    table[a] = " ".join(row)
table
