import torch

graphs = []


def counting_backend(gm, example_inputs):
    graphs.append(gm)  # called once per captured graph
    return gm.forward


@torch.compile(backend=counting_backend)
def f(x):
    return 2 * x + 1


calls = [torch.ones(3), torch.zeros(3), torch.ones(4), torch.ones(3, dtype=torch.int32)]
for x in calls:
    f(x)
len(graphs)
