import torch

row = torch.zeros(1, 3)
E = row.expand(2, 3)  # a view: both rows are the same three numbers in memory
print("strides:", E.stride(), "| shares row's memory:", E.data_ptr() == row.data_ptr())
E[0, 0] = 1.0  # writes the one shared element: every row shows it
E, row
