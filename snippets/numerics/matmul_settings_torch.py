import torch

(
    torch.get_float32_matmul_precision(),  # "highest": float32 matmuls in float32
    torch.backends.cuda.matmul.allow_tf32,  # False: no TF32 for CUDA matmuls
    torch.backends.cudnn.allow_tf32,  # True: cuDNN convolutions may use TF32
)
