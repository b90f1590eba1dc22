import os
import tempfile

import torch


class Payload:
    def __reduce__(self):  # tells pickle how to rebuild this object: "call print(...)"
        return print, ("this line ran inside torch.load",)


with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "ckpt.pt")
    torch.save({"weight": torch.ones(2), "extra": Payload()}, path)
    ckpt = torch.load(path, weights_only=False)  # the pickle calls whatever the file names
ckpt["weight"]
