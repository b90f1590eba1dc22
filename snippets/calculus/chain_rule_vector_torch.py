import torch


def g(x):  # R³ -> R²
    return torch.stack([x[0] * x[1], x[1] + x[2]])


def f(u):  # R² -> R
    return u[0] ** 2 + 3 * u[1]


x = torch.tensor([1.0, 2.0, 3.0])
jacobian_g = torch.func.jacrev(g)(x)  # 2 x 3
grad_f = torch.func.grad(f)(g(x))  # gradient with respect to u
jacobian_g.T @ grad_f, torch.func.grad(lambda x: f(g(x)))(x)
