import timeit

import torch

graphs = []


def counting_backend(graph_module, example_inputs):  # called once per captured graph
    graphs.append(graph_module)
    return graph_module.forward


@torch.compile(backend=counting_backend)
def f(x):
    return torch.tanh(x @ x) + 2 * x


torch.manual_seed(0)
x = torch.randn(64, 64)
f(x)  # warm up
timeit.timeit(lambda: f(x), number=50)
len(graphs)  # 1: the timed calls compiled nothing
