import tensorflow as tf

# P(A = a, B = b): rows are the values of A, columns those of B; all six sum to 1
P_AB = tf.constant([[0.10, 0.20, 0.10],
                    [0.30, 0.10, 0.20]])
P_A = tf.reduce_sum(P_AB, axis=1)    # marginal: sum B out
P_B = tf.reduce_sum(P_AB, axis=0)    # marginal: sum A out
P_B_given_A = P_AB / P_A[:, None]    # conditional P(B | A = a): each row sums to 1
P_A, P_B, P_B_given_A
