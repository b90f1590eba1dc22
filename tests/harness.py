"""Run a snippet the way a notebook cell runs it, and turn its value into NumPy.

``run(path)`` executes the file in a fresh namespace (its own imports, nothing shared),
evaluates the last expression like IPython does, and returns its value. ``to_numpy``
normalises framework values (tensors moved to the CPU first) so examples compare.
"""

from __future__ import annotations

import ast
import contextlib
import io
import sys
from pathlib import Path

import numpy as np

#: the file name Python gives code passed to `python -c`
PASTED = "<string>"


def run(path: Path | str, source: str | None = None, pasted: bool = False):
    """Execute a snippet in a fresh namespace; return (value, stdout text).

    ``pasted=True`` runs it as `python -c` (or a paste at the prompt) would: under the file
    name ``<string>``, with no ``__file__``, so nothing can read its source back
    (``inspect.getsource``, AutoGraph) and nothing can find files beside it."""
    path = Path(path)
    source = path.read_text(encoding="utf-8") if source is None else source
    filename = PASTED if pasted else str(path)
    tree = ast.parse(source, filename=filename)
    last = None
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last = ast.Expression(tree.body.pop().value)
    namespace = (
        {"__name__": "__main__"} if pasted else {"__name__": "__main__", "__file__": str(path)}
    )
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(tree, filename, "exec"), namespace)
        value = eval(compile(last, filename, "eval"), namespace) if last else None
    if value is None:
        value = _figure_data()
    return value, out.getvalue()


def _figure_data():
    """A snippet that ends by plotting is compared by the data it plotted."""
    if "matplotlib.pyplot" not in sys.modules:
        return None
    import matplotlib.pyplot as plt

    data = []
    for num in plt.get_fignums():
        fig = plt.figure(num)
        for ax in fig.axes:
            for line in ax.lines:
                data.append(np.asarray(line.get_xydata(), dtype=float))
            for coll in ax.collections:
                off = np.asarray(coll.get_offsets(), dtype=float)
                if off.size and off.shape[0] > 1:
                    data.append(off)
        plt.close(fig)
    return tuple(data) if data else None


class DtypeName(str):
    """A dtype returned as a value (``x.dtype``), by name: the agreement tests compare it
    as the example's *dtype*, not as one of its values."""

    __slots__ = ()


def to_numpy(value):
    """Framework values -> NumPy arrays (or Python containers of them)."""
    mod = type(value).__module__.split(".")[0]
    if isinstance(value, (tuple, list)):  # also torch.Size and named tuples
        return (list if isinstance(value, list) else tuple)(to_numpy(v) for v in value)
    if isinstance(value, dict):
        return {k: to_numpy(v) for k, v in value.items()}
    if mod == "torch":
        import torch

        if isinstance(value, torch.Size):
            return tuple(value)
        if isinstance(value, torch.Tensor):
            return value.detach().cpu().resolve_conj().numpy()
        if isinstance(value, torch.dtype):
            return DtypeName(str(value).removeprefix("torch."))
    if mod in ("jax", "jaxlib"):
        if hasattr(value, "__array__"):
            return np.asarray(value)
    if mod in ("tensorflow", "keras", "tf_keras"):
        import tensorflow as tf

        if isinstance(value, tf.TensorShape):
            return tuple(value.as_list())
        if isinstance(value, tf.dtypes.DType):
            return DtypeName(value.name)
        if hasattr(value, "numpy"):
            return np.asarray(value.numpy())
    if mod == "pandas":  # frames and series: framework-neutral, compared as their text
        return value.to_string()
    if isinstance(value, np.dtype) or (isinstance(value, type) and issubclass(value, np.generic)):
        return DtypeName(np.dtype(value).name)
    if isinstance(value, (bool, int, float, complex, np.generic)):
        return np.asarray(value)
    return value


if __name__ == "__main__":  # python tests/harness.py SNIPPET... : show each value
    for arg in sys.argv[1:]:
        val, printed = run(arg)
        print(f"== {arg}\n{printed}{val!r}\n-> {to_numpy(val)!r}")
