import torch

prior = torch.tensor([0.9985, 0.0015])  # P(H=0), P(H=1): healthy, infected
positive = torch.tensor([[0.01, 1.00],  # test 1: P(D1=1 | H=0), P(D1=1 | H=1)
                         [0.03, 0.98]]) # test 2: P(D2=1 | H=0), P(D2=1 | H=1)
joint = prior * positive[0]             # P(D1=1, H)
after_one = joint / joint.sum()         # Bayes: P(H | D1=1)
joint = prior * positive.prod(dim=0)    # tests independent given H
after_two = joint / joint.sum()         # P(H | D1=1, D2=1)
after_one[1], after_two[1]
