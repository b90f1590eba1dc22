import matplotlib.pyplot as plt
import torch

torch.manual_seed(0)
n = 10_000
heads = torch.multinomial(torch.tensor([0.5, 0.5]), n, replacement=True) == 0
tosses = torch.arange(1, n + 1)
frequency = heads.cumsum(0) / tosses

fig, ax = plt.subplots(figsize=(5, 3.5))
ax.plot(tosses.cpu(), frequency.cpu(), label="running frequency of heads")
ax.axhline(0.5, color="black", linestyle="--", label="P(heads) = 0.5")
ax.set(xscale="log", xlabel="number of tosses", ylabel="frequency of heads",
       title="Law of large numbers: a fair coin")
ax.legend()
plt.show()
