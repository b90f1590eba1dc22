import tensorflow as tf

tf.random.set_seed(0)


def signs(shape):  # entries in {-1, 0, 1}: the products below are exact in float32
    return tf.cast(tf.random.uniform(shape, -1, 2, dtype=tf.int32), tf.float32)


A, B, C = signs((2**6, 2**12)), signs((2**12, 2**5)), signs((2**5, 2**10))


def macs(X, Y):  # multiply-adds of X @ Y
    return X.shape[0] * X.shape[1] * Y.shape[1]


AB, BC = A @ B, B @ C
left = macs(A, B) + macs(AB, C)  # (AB)C
right = macs(B, C) + macs(A, BC)  # A(BC)
AB.shape, BC.shape, left, right, bool(tf.reduce_all(AB @ C == A @ BC))
