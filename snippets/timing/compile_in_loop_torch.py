import torch

graphs = []


def counting_backend(graph_module, example_inputs):  # called once per captured graph
    graphs.append(graph_module)
    return graph_module.forward


x = torch.ones(8, 8)
for _ in range(3):  # a benchmark loop that defines and compiles its function each time

    def step(x):
        return torch.tanh(x @ x) + 2 * x

    torch.compile(step, backend=counting_backend)(x)
len(graphs)  # the same code object each time: Dynamo's cache keeps the first graph
