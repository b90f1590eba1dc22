import torch

graphs = []


def counting_backend(gm, example_inputs):
    graphs.append(gm)  # called once per captured graph
    return gm.forward


@torch.compile(backend=counting_backend, dynamic=False)  # one graph per shape
def f_static(x):
    return torch.tanh(x @ x) + 2 * x


@torch.compile(backend=counting_backend)
def f(x):
    return torch.tanh(x @ x) + 2 * x


for n in [2, 3, 4, 2, 5]:
    f_static(torch.ones(n, n))
print("with dynamic=False:", len(graphs), "graphs")
graphs.clear()
for n in [2, 3, 4, 2, 5]:
    f(torch.ones(n, n))
len(graphs)
