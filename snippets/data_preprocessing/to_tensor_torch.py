import tempfile
from pathlib import Path

import pandas as pd
import torch

with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "house_tiny.csv"
    path.write_text("NumRooms,RoofType,Price\nNA,NA,127500\n2,NA,106000\n"
                    "4,Slate,178100\nNA,NA,140000\n")
    data = pd.read_csv(path)

inputs, targets = data.iloc[:, 0:2], data.iloc[:, 2]
inputs = inputs.fillna(inputs.mean(numeric_only=True))
inputs = pd.get_dummies(inputs, dummy_na=True)
X = torch.tensor(inputs.to_numpy(dtype=float))
y = torch.tensor(targets.to_numpy())
X.dtype, y.dtype
