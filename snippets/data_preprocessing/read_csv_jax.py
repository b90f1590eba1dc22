import tempfile
from pathlib import Path

import pandas as pd

with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "house_tiny.csv"
    path.write_text("NumRooms,RoofType,Price\nNA,NA,127500\n2,NA,106000\n"
                    "4,Slate,178100\nNA,NA,140000\n")
    data = pd.read_csv(path)

data, data.isna().sum()
