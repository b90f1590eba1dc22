import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset, get_worker_info


class GlobalNumPy(Dataset):  # the form of pytorch/pytorch#5059, safe since PyTorch 1.9
    def __len__(self):
        return 4

    def __getitem__(self, i):
        return float(np.random.uniform())  # NumPy's global generator: seeded in each worker


class Augmented(Dataset):
    def __init__(self):
        self.rng = np.random.default_rng(0)  # copied, state and all, into every worker

    def __len__(self):
        return 4

    def __getitem__(self, i):
        return float(self.rng.uniform())  # the random "augmentation" of sample i


def reseed_worker(worker_id):  # the fix: each worker's copy gets a seed of its own
    info = get_worker_info()  # info.seed: the loader's base seed + worker_id
    info.dataset.rng = np.random.default_rng(info.seed)


def load(dataset, **options):  # two forked workers, base seeds from a seeded generator
    g = torch.Generator(device=torch.get_default_device()).manual_seed(0)
    options.update(batch_size=None, num_workers=2, generator=g, multiprocessing_context="fork")
    return list(DataLoader(dataset, **options))


print("global NumPy:", load(GlobalNumPy()))
buggy = load(Augmented())
fixed = load(Augmented(), worker_init_fn=reseed_worker)
print("buggy:", buggy)  # worker 0 has samples 0 and 2, worker 1 has 1 and 3
print("fixed:", fixed)
len(set(buggy)), len(set(fixed))  # distinct augmentations among the four samples
