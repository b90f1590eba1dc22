import torch

graphs = []


def counting_backend(gm, example_inputs):
    # called once per captured graph; its inputs are the tensors (and dynamic sizes) traced
    graphs.append([str(t.dtype).removeprefix("torch.") for t in example_inputs
                   if isinstance(t, torch.Tensor)])
    return gm.forward


@torch.compile(backend=counting_backend)
def f(x):
    return 2 * x + 1


calls = [torch.ones(3), torch.zeros(3), torch.ones(4), torch.ones(3, dtype=torch.int32)]
for x in calls:
    f(x)
print("dtypes traced:", [dtypes[0] for dtypes in graphs])
len(graphs)
