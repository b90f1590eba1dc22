import matplotlib.pyplot as plt
import torch

torch.manual_seed(0)
n = 10_000
heads = torch.multinomial(torch.tensor([0.5, 0.5]), n, replacement=True) == 0
tosses = torch.arange(1, n + 1)
frequency = heads.cumsum(0) / tosses
band = 1 / tosses.sqrt()  # two standard deviations of the frequency: 2 * 0.5 / sqrt(n)
tosses, frequency, band = tosses.cpu(), frequency.cpu(), band.cpu()  # for matplotlib

fig, ax = plt.subplots(figsize=(5, 3.5))
ax.plot(tosses, frequency, label="running frequency of heads")
ax.axhline(0.5, color="black", linestyle="--", label="P(heads) = 0.5")
ax.plot(tosses, 0.5 + band, ":", color="gray", label="0.5 ± 1/√n")
ax.plot(tosses, 0.5 - band, ":", color="gray")
ax.set(xscale="log", xlabel="number of tosses", ylabel="frequency of heads",
       title="Law of large numbers: a fair coin")
ax.set_ylim(0, 1)
ax.legend()
plt.show()
