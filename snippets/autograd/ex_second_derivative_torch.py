import torch
from torch.fx.experimental.proxy_tensor import make_fx


def f(x):
    return torch.sin(x) * torch.exp(x)


df = torch.func.grad(f)
d2f = torch.func.grad(df)  # differentiates the program that computes df
x = torch.tensor(1.0)
for name, g in [("f", f), ("df/dx", df), ("d2f/dx2", d2f)]:
    ops = [n for n in make_fx(g)(x).graph.nodes if n.op == "call_function"]
    print(f"operations to compute {name}: {len(ops)}")
df(x), d2f(x), 2 * torch.exp(x) * torch.cos(x)  # f'' = 2 eˣ cos x
