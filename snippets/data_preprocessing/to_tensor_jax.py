import tempfile
from pathlib import Path

import jax.numpy as jnp
import pandas as pd

with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "house_tiny.csv"
    path.write_text("NumRooms,RoofType,Price\nNA,NA,127500\n2,NA,106000\n"
                    "4,Slate,178100\nNA,NA,140000\n")
    data = pd.read_csv(path)

inputs, targets = data.iloc[:, 0:2], data.iloc[:, 2]
inputs = inputs.fillna(inputs.mean(numeric_only=True))
inputs = pd.get_dummies(inputs, dummy_na=True)
X = jnp.asarray(inputs.to_numpy(dtype=float))
y = jnp.asarray(targets.to_numpy())
X.dtype, y.dtype
