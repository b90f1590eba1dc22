import tempfile
from pathlib import Path

import pandas as pd
import torch

with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "house_tiny.csv"
    path.write_text("NumRooms,RoofType,Price\nNA,NA,127500\n2,NA,106000\n"
                    "4,Slate,178100\nNA,NA,140000\n")
    data = pd.read_csv(path)

rooms = data["NumRooms"]
wrong = rooms.fillna(0).mean()  # the bug: the gaps, filled with 0, count in the mean
right = rooms.mean()  # pandas skips missing values: the mean of 2 and 4
filled = rooms.fillna(right).to_numpy(dtype="float32")
float(wrong), float(right), torch.tensor(filled)
