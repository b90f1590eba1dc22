import io

import pandas as pd
import torch

data = pd.read_csv(io.StringIO(
    "Sex,Length,Diameter,Height,Rings\n"
    "M,0.455,0.365,0.095,15\nF,0.53,NA,0.135,9\nI,0.33,0.255,NA,7\n"
    "NA,0.44,0.365,0.125,10\nM,0.425,0.3,0.095,8\nF,0.545,0.425,0.125,16\n"))
missing_rows = float(data.isna().any(axis=1).mean())  # rows with at least one gap
numeric = list(data.select_dtypes("number").columns)
categorical = [c for c in data.columns if c not in numeric]
complete = data.dropna()[numeric].to_numpy(dtype="float32")
X = torch.tensor(complete)
missing_rows, numeric, categorical, X
