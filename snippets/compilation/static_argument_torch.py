import torch

graphs = []


def counting_backend(gm, example_inputs):
    graphs.append(gm)
    return gm.forward


@torch.compile(backend=counting_backend)
def power(x, n):
    y = torch.ones_like(x)
    for _ in range(n):  # unrolled while tracing: one graph per value of n
        y = y * x
    return y


x = torch.tensor([1.0, 2.0, 3.0])
power(x, 2), power(x, 3), power(x, 2), len(graphs)
