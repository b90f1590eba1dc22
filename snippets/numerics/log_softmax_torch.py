import torch

logits = torch.tensor([0.0, -50.0, -120.0])
probs = torch.softmax(logits, dim=0)  # exp(-120) is about 8e-53: 0 in float32
torch.log(probs), torch.log_softmax(logits, dim=0)
