import torch


@torch.compile(fullgraph=True)  # no graph break allowed: the branch is in the graph
def flip_if_negative(x):
    # a branch may not hand back its input itself, hence clone()
    return torch.cond(x.sum() > 0, lambda x: x.clone(), lambda x: -x, (x,))


flip_if_negative(torch.tensor([1.0, 2.0])), flip_if_negative(torch.tensor([1.0, -3.0]))
