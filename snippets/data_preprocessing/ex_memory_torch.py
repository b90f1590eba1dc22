import sys

import numpy as np
import pandas as pd
import torch

rng = np.random.default_rng(0)
n = 100_000
data = pd.DataFrame({
    "Price": rng.normal(150_000, 30_000, n),  # float64: 8 bytes a value
    "NumRooms": rng.integers(1, 8, n),  # int64: 8 bytes a value
    "RoofType": rng.choice(["Slate", "Tile", "Thatch"], n),  # text: a Python string each
})
per_row = (data.memory_usage(deep=True, index=False) / n).round(1).to_dict()
text = data["RoofType"]
print(f"text stored as {text.dtype!r}; a string object takes {sys.getsizeof(text[0])} bytes "
      f"on Python {sys.version_info.major}.{sys.version_info.minor}")
numbers = data[["Price", "NumRooms"]].to_numpy(dtype="float32")
X = torch.tensor(numbers)
per_row, X.element_size() * X.nelement() / n  # bytes a row
