import jax

names = ["bool", "uint8", "uint32", "int8", "int16", "int32", "int64",
         "bfloat16", "float16", "float32", "float64", "complex64"]
table = {}  # left dtype -> the dtype of left + right, for each right dtype in order
with jax.enable_x64(True):  # without it there is no int64 or float64
    for a in names:
        row = []
        for b in names:
            x, y = jax.ShapeDtypeStruct((2,), a), jax.ShapeDtypeStruct((2,), b)
            try:  # trace x + y without running it: only its shape and dtype
                row.append(str(jax.eval_shape(lambda x, y: x + y, x, y).dtype))
            except Exception as err:  # a pair JAX refuses: its exception's name
                row.append(type(err).__name__)
        table[a] = " ".join(row)
table
