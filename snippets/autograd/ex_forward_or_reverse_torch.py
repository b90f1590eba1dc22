import torch


def loss(w):  # R⁵ -> R: many inputs, one output, like every training loss
    return torch.sum(torch.sin(w) * w)


w = torch.arange(1.0, 6.0)
# reverse mode: one VJP, with weight 1 on the single output, gives all five partials
_, vjp_fn = torch.func.vjp(loss, w)
(by_reverse,) = vjp_fn(torch.tensor(1.0))
# forward mode: one JVP per input direction gives one partial each: five passes
by_forward = torch.stack([torch.func.jvp(loss, (w,), (e,))[1] for e in torch.eye(5)])
by_reverse, by_forward
