# Hidden first cell of every page with examples: it runs in the page's kernel before
# any snippet. The build writes the environment fingerprint above this line.
import os

os.environ.setdefault("XLA_PYTHON_CLIENT_PREALLOCATE", "false")  # share the GPU with torch and TF
os.environ.setdefault("TF_FORCE_GPU_ALLOW_GROWTH", "true")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")  # quiets some; the rest is absorbed below

# Figures are outputs: whatever backend the build's shell names (MPLBACKEND=Agg is common
# on headless machines, and would silently draw nothing), the kernel draws inline.
os.environ["MPLBACKEND"] = "module://matplotlib_inline.backend_inline"
import matplotlib

matplotlib.use(os.environ["MPLBACKEND"])
matplotlib.rcParams.update(
    {
        "figure.dpi": 96,
        "savefig.dpi": 96,
        "figure.facecolor": "white",  # readable on the dark theme too
        "savefig.facecolor": "white",
        "svg.hashsalt": "prelim",
    }
)
get_ipython().run_line_magic("config", "InlineBackend.rc = {}")
get_ipython().run_line_magic(
    "config", "InlineBackend.print_figure_kwargs = {'bbox_inches': 'tight'}"
)

# Import each framework and run one tiny operation here, where the reader never looks:
# TensorFlow and XLA print their C++ log lines at import and at the first operation.
if "torch" in FRAMEWORKS:
    import torch

    if torch.cuda.is_available():
        torch.set_default_device("cuda")  # so the visible snippets need no device code
    torch.ones(1) + 1
if "jax" in FRAMEWORKS:
    import jax.numpy as jnp

    (jnp.ones(1) + 1).block_until_ready()
if "tf" in FRAMEWORKS:
    import tensorflow as tf

    tf.ones(1) + 1
import logging
import sys

# A kernel forked from the build's zygote (prelim.execute.forked) inherits the logging
# handlers the imports created there, bound to the process's own stderr: their lines (a
# tf.function retracing warning) would then bypass the cell and reach the page only when
# ipykernel's fd capture happens to catch them in time. Point them at the cell's streams.
for _logger in [logging.getLogger(), *logging.Logger.manager.loggerDict.values()]:
    for _handler in getattr(_logger, "handlers", []):
        if isinstance(_handler, logging.StreamHandler):
            if _handler.stream is sys.__stderr__:
                _handler.setStream(sys.stderr)
            elif _handler.stream is sys.__stdout__:
                _handler.setStream(sys.stdout)
del _logger, _handler
sys.stderr.flush()
