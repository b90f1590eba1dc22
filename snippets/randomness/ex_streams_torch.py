import numpy as np
import torch

# Four workers, one seed: spawn four child seeds, one generator each.
children = np.random.SeedSequence(0).spawn(4)
seeds = [int(c.generate_state(1)[0]) for c in children]
generators = [torch.Generator(device=torch.get_default_device()).manual_seed(s) for s in seeds]
streams = torch.stack([torch.randn(100_000, generator=g) for g in generators])
corr = torch.corrcoef(streams)
off_diagonal = corr[~torch.eye(4, dtype=torch.bool)]
print(corr)
len(set(streams[:, 0].tolist())) == 4, bool(off_diagonal.abs().max() < 0.02)
