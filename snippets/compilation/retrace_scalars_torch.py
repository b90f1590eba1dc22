import torch

graphs = []


def counting_backend(gm, example_inputs):
    # torch.compile hands every graph it captures to its backend: count them
    graphs.append(gm)
    return gm.forward


@torch.compile(backend=counting_backend)
def scale(x, s):
    return torch.tanh(x @ x) * s


x = torch.arange(4.0).reshape(2, 2) / 4
for s in [1.0, 2.0, 3.0, 4.0, 5.0]:
    scale(x, s)
len(graphs)
