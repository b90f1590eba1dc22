import matplotlib.pyplot as plt
import torch


def update(p, sensitivity, false_positive):  # P(H=1 | positive) from P(H=1) = p
    return p * sensitivity / (p * sensitivity + (1 - p) * false_positive)


prior = torch.logspace(-4, 0, 201)  # prevalence from 0.0001 to 1
one = update(prior, 1.00, 0.01)  # the first test is positive
two = update(one, 0.98, 0.03)  # and then the second

prior, one, two = prior.cpu(), one.cpu(), two.cpu()
fig, ax = plt.subplots(figsize=(5, 3.5))
ax.semilogx(prior, one, label="after one positive test")
ax.semilogx(prior, two, label="after two positive tests")
ax.axhline(0.5, color="gray", linestyle=":")
ax.set(xlabel="prevalence P(H=1)", ylabel="P(H=1 | positive)", title="Positive, and ill?")
ax.legend(fontsize="small")
plt.show()
