import torch

logits = torch.tensor([[-142.55, -211.92, -247.70]])  # logits as in the issue
labels = torch.tensor([[0.0, 1.0, 0.0]])  # one-hot: the true class is 1
# the bug: softmax underflows to 0 for the last class, log(0) = -inf, 0 * -inf = nan
buggy = -(labels * torch.log(torch.softmax(logits, dim=1))).sum(dim=1)
# the fix: log probabilities straight from the logits
fixed = -(labels * torch.log_softmax(logits, dim=1)).sum(dim=1)
library = torch.nn.functional.cross_entropy(logits, labels.argmax(dim=1), reduction="none")
buggy, fixed, library
