import tempfile
from pathlib import Path

import jax.numpy as jnp
import pandas as pd

with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "house_tiny.csv"
    path.write_text("NumRooms,RoofType,Price\nNA,NA,127500\n2,NA,106000\n"
                    "4,Slate,178100\nNA,NA,140000\n")
    data = pd.read_csv(path)

inputs = data[["NumRooms", "RoofType"]]  # a list of names: a frame
targets = data["Price"]  # one name: a Series
inputs = inputs.fillna({"NumRooms": inputs["NumRooms"].mean()})
inputs = pd.get_dummies(inputs, columns=["RoofType"], dummy_na=True)
slate = data.loc[data["RoofType"] == "Slate", "Price"]  # rows by a condition, a column by name
X = jnp.asarray(inputs.to_numpy(dtype=float), dtype=jnp.float32)
y = jnp.asarray(targets.to_numpy(), dtype=jnp.float32)
list(inputs.columns), slate.tolist(), X, y
