import tempfile
from pathlib import Path

import numpy as np
import tensorflow as tf
from PIL import Image

with tempfile.TemporaryDirectory() as tmp:
    pixels = np.zeros((4, 6, 3), dtype=np.uint8)
    pixels[..., 0] = np.arange(6) * 50  # red grows to the right
    pixels[..., 2] = np.arange(4)[:, None] * 80  # blue grows downwards
    Image.fromarray(pixels).save(Path(tmp) / "tiny.png")  # a lossless format
    np.save(Path(tmp) / "tiny.npy", pixels)  # NumPy's format keeps dtype and shape
    image = np.array(Image.open(Path(tmp) / "tiny.png"))  # (height, width, channels)
    array = np.load(Path(tmp) / "tiny.npy")

x = tf.constant(image)
scaled = tf.cast(x, tf.float32) / 255
bool((x.numpy() == array).all()), tuple(x.shape), x[0, :, 0], scaled[0, :, 0]
