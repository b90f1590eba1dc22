import numpy as np
from torch.utils.data import DataLoader, Dataset, get_worker_info


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


buggy = list(DataLoader(Augmented(), batch_size=None, num_workers=2))
fixed = list(DataLoader(Augmented(), batch_size=None, num_workers=2, worker_init_fn=reseed_worker))
print("buggy:", buggy)  # worker 0 has samples 0 and 2, worker 1 has 1 and 3
print("fixed:", fixed)
len(set(buggy)), len(set(fixed))  # distinct augmentations among the four samples
