import torch

labels = torch.tensor([2, 0, 2, 2, 1, 0])
wrong = torch.zeros(3)
wrong[labels] += 1  # each class counted once, however often it appears
counts = torch.zeros(3).index_add_(0, labels, torch.ones(len(labels)))
wrong, counts  # torch.bincount(labels) counts too
