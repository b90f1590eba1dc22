import random

import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset


class Augmented(Dataset):
    """Four samples, each with a random 'augmentation' drawn by NumPy in a worker."""

    def __len__(self):
        return 4

    def __getitem__(self, i):
        return i, float(np.random.uniform())


def seed_worker(worker_id):  # PyTorch's recipe: seed the other libraries from torch's seed
    worker_seed = torch.initial_seed() % 2**32  # in a worker: the loader's base seed + id
    np.random.seed(worker_seed)
    random.seed(worker_seed)


def one_epoch(seed):
    g = torch.Generator(device=torch.get_default_device()).manual_seed(seed)
    loader = DataLoader(
        Augmented(), batch_size=None, shuffle=True, num_workers=2,
        worker_init_fn=seed_worker, generator=g,  # the generator decides order and seeds
        multiprocessing_context="fork",  # workers inherit classes defined in a notebook
    )
    return list(loader)


first, again = one_epoch(0), one_epoch(0)
print(first)
first == again, len({noise for _, noise in first}) == 4  # reproducible; every draw its own
