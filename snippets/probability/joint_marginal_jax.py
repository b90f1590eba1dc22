import jax.numpy as jnp

# P(A = a, B = b): rows are the values of A, columns those of B; all six sum to 1
P_AB = jnp.array([[0.10, 0.20, 0.10],
                  [0.30, 0.10, 0.20]])
P_A = P_AB.sum(axis=1)               # marginal: sum B out
P_B = P_AB.sum(axis=0)               # marginal: sum A out
P_B_given_A = P_AB / P_A[:, None]    # conditional P(B | A = a): each row sums to 1
P_A, P_B, P_B_given_A
