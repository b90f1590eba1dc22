import torch

y = torch.tensor([-1.0, 0.0, 2.0])
d_arctan = torch.func.grad(lambda y: torch.arctan(y).sum())(y)  # (f⁻¹)'(y), elementwise
d_tan = torch.func.grad(lambda x: torch.tan(x).sum())  # f'(x), elementwise
d_arctan, 1 / d_tan(torch.arctan(y)), 1 / (1 + y**2)
