"""Name the type of a snippet's final value the same way in every framework.

``describe`` gives the text the dtype table shows (``int64``, ``(float32, int)``,
``raises IndexError``); ``signature`` gives the framework-neutral leaves the agreement
tests compare, so a result that is ``int64`` in one framework and ``int32`` in another
is a *dtype* difference that must be declared.

This module is self-contained on purpose (standard library only, no framework import,
no relative import): the build runs its source inside each page's kernel to record what
every example cell returned, and the tests import it to record what every snippet
returned in a worker process. Both must name types identically.
"""

from __future__ import annotations

from typing import Any

#: the packages whose objects with a ``dtype`` are tensors (NumPy arrays are marked apart)
TENSOR_PACKAGES = ("torch", "jax", "jaxlib", "tensorflow")
#: a list or tuple longer than this whose items all look alike is shown as ``[x × n]``
SHORT = 4


def _package(value: Any) -> str:
    return type(value).__module__.split(".")[0]


def dtype_name(dtype: Any) -> str:
    """A dtype's short name, whichever framework made it.

    >>> import numpy as np
    >>> dtype_name(np.dtype("float32"))
    'float32'
    >>> dtype_name("torch.int64")  # str(torch.int64); torch dtypes have no .name
    'int64'
    """
    name = getattr(dtype, "name", None)
    return name if isinstance(name, str) else str(dtype).rsplit(".", 1)[-1]


def _is_dtype_object(value: Any) -> bool:
    """torch.dtype, tf.DType, np.dtype (whose instances are numpy.dtypes.Int32DType...)."""
    name = type(value).__name__
    return name in ("dtype", "DType") or (_package(value) == "numpy" and name.endswith("DType"))


def _is_shape(value: Any) -> bool:
    """tf.TensorShape: a shape, like torch.Size and JAX's tuples, but not a tuple."""
    return type(value).__name__ == "TensorShape" and hasattr(value, "as_list")


def _leaf(value: Any) -> str:
    """One value that is not a container."""
    if value is None or isinstance(value, (bool, int, float, complex, str)):
        return type(value).__name__
    if _is_dtype_object(value):
        return "dtype"
    package = _package(value)
    if package == "numpy" and hasattr(value, "dtype"):
        kind = "ndarray" if type(value).__name__ == "ndarray" else "np"
        return f"{kind}[{dtype_name(value.dtype)}]"
    if package in TENSOR_PACKAGES and hasattr(value, "dtype") and hasattr(value, "shape"):
        return dtype_name(value.dtype)
    return type(value).__name__


def _is_sequence(value: Any) -> bool:
    """Tuples and lists, including torch.Size and named tuples (torch.return_types)."""
    return isinstance(value, (tuple, list))


def describe(value: Any) -> str:
    """The type of a final value as the dtype table shows it.

    Tensors show their dtype alone (the column says which framework); NumPy values, Python
    numbers and other objects show their type.

    >>> import numpy as np
    >>> describe((np.arange(3, dtype=np.int32), 2.5, None))
    '(ndarray[int32], float, NoneType)'
    >>> describe([np.float32(1)] * 10)
    '[np[float32] × 10]'
    >>> describe({"a": 1})
    '{a: int}'
    """
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {describe(v)}" for k, v in value.items()) + "}"
    if type(value).__name__ == "Size" and _package(value) == "torch":
        return "Size"  # torch.Size: a shape, shown like tf.TensorShape
    if _is_sequence(value):
        parts = [describe(v) for v in value]
        left, right = ("[", "]") if isinstance(value, list) else ("(", ")")
        if type(value) not in (tuple, list):  # named: torch.return_types.max(...)
            left = type(value).__name__ + left
        if len(parts) > SHORT and len(set(parts)) == 1:
            return f"{left}{parts[0]} × {len(parts)}{right}"
        return left + ", ".join(parts) + ("," if len(parts) == 1 and left == "(" else "") + right
    return _leaf(value)


def signature(value: Any) -> str | tuple[Any, ...]:
    """The framework-neutral dtype leaves of a value, for the agreement tests.

    Containers become tuples (``torch.Size``, ``tf.TensorShape`` and a plain tuple look
    alike); tensors and NumPy values become their dtype name, so ``int64`` from PyTorch and
    ``ndarray[int64]`` from NumPy compare equal; a dtype returned as a value keeps its name;
    anything else keeps its type name.

    >>> import numpy as np
    >>> signature((np.arange(2, dtype=np.int64), [np.float32(1)], 3, np.dtype("int32")))
    ('int64', ('float32',), 'int', 'dtype[int32]')
    """
    if isinstance(value, dict):
        return tuple((str(k), signature(v)) for k, v in sorted(value.items(), key=str))
    if _is_sequence(value):
        return tuple(signature(v) for v in value)
    if _is_shape(value) and value.rank is not None:
        return tuple("int" if d is not None else "NoneType" for d in value.as_list())
    if _is_dtype_object(value):  # a dtype as a value: which one is the point
        return f"dtype[{dtype_name(value)}]"
    leaf = _leaf(value)
    if leaf.endswith("]") and "[" in leaf:  # ndarray[int64] / np[float32] -> the dtype
        return leaf[leaf.index("[") + 1 : -1]
    return leaf


def raised(exc: BaseException) -> str:
    """How a snippet that raised is described.

    >>> raised(IndexError("index 10 is out of bounds"))
    'raises IndexError'
    """
    return f"raises {type(exc).__name__}"
