import tempfile
from pathlib import Path

import pandas as pd
import torch

with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "house_tiny.csv"
    path.write_text("NumRooms,RoofType,Price\nNA,NA,127500\n2,NA,106000\n"
                    "4,Slate,178100\nNA,NA,140000\n")
    data = pd.read_csv(path)

most_missing = data.isna().sum().idxmax()
data = data.drop(columns=most_missing)
data = data.fillna(data.mean())
most_missing, torch.tensor(data.to_numpy(), dtype=torch.float32)
