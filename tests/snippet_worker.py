"""Run every snippet of one framework in its own process, each in a fresh namespace.

One process per framework imports that framework once (TensorFlow alone costs seconds);
each snippet still gets a fresh namespace, and global framework state is checked after
each one, so a snippet that would leak configuration into the next cell of its page
fails instead.
"""

from __future__ import annotations

import os
import pickle
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "docs" / "_ext"))

import harness  # noqa: E402
from prelim.kernel import result_types  # noqa: E402


def init_worker() -> None:
    """In each worker process only (not the pytest process that starts them: a site build
    started from there would inherit these)."""
    os.environ.setdefault("MPLBACKEND", "Agg")  # no display; figures are not judged here
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")


def _global_state(framework: str):
    if framework == "torch" and "torch" in sys.modules:
        import torch

        return (torch.get_default_dtype(), str(torch.get_default_device()),
                torch.is_grad_enabled())
    if framework == "jax" and "jax" in sys.modules:
        import jax

        return (jax.config.jax_enable_x64, jax.config.jax_default_matmul_precision)
    if framework == "tf" and "tensorflow" in sys.modules:
        import tensorflow as tf

        return (tf.executing_eagerly(), tf.config.functions_run_eagerly())
    return None


def run_one(path: str, framework: str) -> dict:
    before = _global_state(framework)
    start = time.perf_counter()
    result = {"path": path, "error": None, "exc_type": None}
    try:
        value, printed = harness.run(path)
        # the type of the value as the snippet returned it, before NumPy normalises it
        result["dtype"] = result_types.describe(value)
        result["signature"] = result_types.signature(value)
        result["value"] = harness.to_numpy(value)
        result["repr"] = repr(value)[:2000]
        result["printed"] = printed
    except BaseException as err:  # noqa: BLE001 - reported to the test, not swallowed
        result["exc_type"] = type(err).__name__
        result["dtype"] = result["signature"] = result_types.raised(err)
        result["error"] = "".join(traceback.format_exception_only(err)).strip()[:2000]
        tb = traceback.extract_tb(err.__traceback__)
        result["line"] = next((f.lineno for f in reversed(tb) if f.filename == path), None)
        result["value"] = None
    result["seconds"] = time.perf_counter() - start
    after = _global_state(framework)
    if before is not None and after != before:
        result["leak"] = f"global {framework} state changed: {before} -> {after}"
    try:
        import matplotlib.pyplot as plt

        plt.close("all")
    except ImportError:
        pass
    return result


def _picklable(value):
    """Values travel back to pytest; anything unpicklable (a device) goes as its repr."""
    if isinstance(value, (tuple, list)):
        return type(value)(_picklable(v) for v in value)
    if isinstance(value, dict):
        return {k: _picklable(v) for k, v in value.items()}
    try:
        pickle.dumps(value)
    except Exception:  # noqa: BLE001
        return repr(value)
    return value


def run_all(framework: str, paths: list[str]) -> list[dict]:
    results = [run_one(p, framework) for p in paths]
    for r in results:
        r["value"] = _picklable(r["value"])
    return results
