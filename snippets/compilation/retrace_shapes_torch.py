import torch

graphs = []


def counting_backend(gm, example_inputs):
    graphs.append(gm)  # called once per captured graph
    return gm.forward


@torch.compile(backend=counting_backend)
def f(x):
    return torch.tanh(x @ x) + 2 * x


for n in [2, 3, 4, 2, 5]:
    f(torch.ones(n, n))
len(graphs)
