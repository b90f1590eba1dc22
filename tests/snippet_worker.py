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
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import harness  # noqa: E402
from prelim.kernel import result_types  # noqa: E402


def init_worker(jax_compilations: str | None = None) -> None:
    """In each worker process only (not the pytest process that starts them: a site build
    started from there would inherit these).

    ``jax_compilations``: a folder for JAX's persistent compilation cache, shared by the
    workers, as the site build shares one between its kernels: each JAX snippet compiles
    its operations, and the same operations recur across snippets and runs. What is
    compiled is the same either way, so are the results."""
    os.environ.setdefault("MPLBACKEND", "Agg")  # no display; figures are not judged here
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    if jax_compilations:  # read when JAX is imported, which comes later
        os.environ.setdefault("JAX_COMPILATION_CACHE_DIR", jax_compilations)
        os.environ.setdefault("JAX_PERSISTENT_CACHE_MIN_COMPILE_TIME_SECS", "0")
        os.environ.setdefault("JAX_PERSISTENT_CACHE_MIN_ENTRY_SIZE_BYTES", "-1")


def _global_state(framework: str):
    if framework == "torch" and "torch" in sys.modules:
        import torch

        return (torch.get_default_dtype(), str(torch.get_default_device()), torch.is_grad_enabled())
    if framework == "jax" and "jax" in sys.modules:
        import jax

        return (jax.config.jax_enable_x64, jax.config.jax_default_matmul_precision)
    if framework == "tf" and "tensorflow" in sys.modules:
        import tensorflow as tf

        return (tf.executing_eagerly(), tf.config.functions_run_eagerly())
    return None


def _run_checked(path: str, framework: str, pasted: bool, result: dict):
    """``harness.run``, recording what the tests of tests/test_claims.py and
    tests/test_key_reuse.py judge, without changing what the snippet returns or prints:

    - ``result["warnings"]``: every warning raised while it runs ({category, message}),
      whatever the filters would show, since prose may name one (test_claims);
    - ``result["raised"]``: the classes of the exception it raised, if any (test_claims);
    - JAX only, ``result["key_reuse"]``: None, or where and how the snippet used a
      consumed random key ({line, message}). JAX snippets run with ``jax.debug_key_reuse``
      on, so a key drawn from and then split (or drawn from twice) raises KeyReuseError
      here; such a snippet then runs again with the check off, as the page runs it, so
      every other test sees the result it always saw (only the offenders run twice). So
      does a snippet that raises anything else under the check: the check changes how
      JAX dispatches, and with it some errors' classes.
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")  # recorded, not shown: stdout is unchanged
        try:
            if framework != "jax":
                return harness.run(path, pasted=pasted)
            import jax

            result["key_reuse"] = None
            try:
                with jax.debug_key_reuse(True):
                    return harness.run(path, pasted=pasted)
            except jax.errors.KeyReuseError as err:
                line = next(
                    (
                        f.lineno
                        for f in reversed(traceback.extract_tb(err.__traceback__))
                        if f.filename in (path, harness.PASTED)
                    ),
                    None,
                )
                result["key_reuse"] = {"line": line, "message": str(err).splitlines()[0]}
            except Exception:  # noqa: BLE001 - judged below, as the page runs it
                # the check changes how JAX dispatches: a donated buffer used again is a
                # ValueError under it, a RuntimeError without. The page's error counts.
                pass
            caught.clear()
            if "matplotlib.pyplot" in sys.modules:  # a half-drawn figure would be read
                sys.modules["matplotlib.pyplot"].close("all")
            return harness.run(path, pasted=pasted)
        except BaseException as err:
            # its classes, not just its name: prose may name a base class (TypeError for
            # JAX's TracerBoolConversionError)
            result["raised"] = [c.__name__ for c in type(err).__mro__[:-1]]
            raise
        finally:
            seen = {(w.category.__name__, str(w.message)[:500]) for w in caught}
            result["warnings"] = [{"category": c, "message": m} for c, m in sorted(seen)]


def run_one(path: str, framework: str, pasted: bool = False) -> dict:
    before = _global_state(framework)
    start = time.perf_counter()
    result = {"path": path, "error": None, "exc_type": None}
    try:
        value, printed = _run_checked(path, framework, pasted, result)
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
        result["line"] = next(
            (f.lineno for f in reversed(tb) if f.filename in (path, harness.PASTED)), None
        )
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


def run_jobs(jobs: list[tuple[str, str, bool]]) -> list[dict]:
    """Run ``(path, framework, pasted)`` jobs in this process, in order."""
    return _transportable([run_one(path, framework, pasted) for path, framework, pasted in jobs])


# -- Runs under changed conditions, for tests/test_snippet_rules.py -----------------------

#: what PyTorch says when a tensor on an accelerator meets NumPy (matplotlib calls NumPy)
NOT_ON_CPU = (
    "can't convert {} device type tensor to numpy. Use Tensor.cpu() to copy the "
    "tensor to host memory first."
)


def run_on_simulated_accelerator(framework: str, paths: list[str]) -> list[dict]:
    """Run PyTorch snippets as if the default device were an accelerator.

    A TorchFunctionMode (the mechanism behind ``torch.set_default_device``) marks every
    tensor an operation returns as living on a device "accel", except the results of
    ``.cpu()`` / ``.to("cpu")`` / ``device="cpu"``; converting a marked tensor to NumPy
    (``.numpy()``, ``np.asarray``, matplotlib) raises PyTorch's own error for a CUDA
    tensor. The values are computed on the CPU as usual, so the snippet runs to the end
    unless it hands a device tensor to NumPy or matplotlib. ("meta" as the default device
    cannot do this: a meta tensor has no data, so even a correct ``.cpu()`` fails.)
    """
    import torch
    from torch.overrides import TorchFunctionMode

    def is_cpu(device) -> bool:
        return device is not None and torch.device(device).type == "cpu"

    def mark(value, on_accelerator: bool):
        if isinstance(value, torch.Tensor):
            value._prelim_on_accelerator = on_accelerator
        elif isinstance(value, (tuple, list)):
            for v in value:
                mark(v, on_accelerator)

    def tensors(value):
        if isinstance(value, torch.Tensor):
            yield value
        elif isinstance(value, (tuple, list)):
            for v in value:
                yield from tensors(v)
        elif isinstance(value, dict):
            for v in value.values():
                yield from tensors(v)

    class SimulatedAccelerator(TorchFunctionMode):
        def __torch_function__(self, func, types, args=(), kwargs=None):
            kwargs = kwargs or {}
            if func in (torch.Tensor.numpy, torch.Tensor.__array__) and getattr(
                args[0], "_prelim_on_accelerator", False
            ):
                raise TypeError(NOT_ON_CPU.format("accel"))
            out = func(*args, **kwargs)
            to_cpu = (
                func is torch.Tensor.cpu
                or (
                    func is torch.Tensor.to
                    and any(
                        isinstance(a, (str, torch.device)) and is_cpu(a)
                        for a in (*args[1:], kwargs.get("device"))
                    )
                )
                or is_cpu(kwargs.get("device"))
            )
            if to_cpu and out is (args[0] if args else None):
                out = out.view_as(out)  # .cpu() of a CPU tensor is itself: mark a new view
            if func not in (
                torch.Tensor.numpy,
                torch.Tensor.__array__,
                torch.Tensor.tolist,
                torch.Tensor.item,
            ):
                inputs = list(tensors((args, kwargs)))
                if to_cpu or func is torch.from_numpy:
                    mark(out, False)
                elif inputs:  # where its inputs live
                    mark(out, any(getattr(t, "_prelim_on_accelerator", False) for t in inputs))
                else:  # made from Python data or a shape: on the default device
                    mark(out, True)
            return out

    assert framework == "torch", "the simulated accelerator is PyTorch's default device"
    results = []
    for path in paths:
        with SimulatedAccelerator():
            results.append(run_one(path, "torch"))
    return _transportable(results)


def run_with_same_draws(framework: str, paths: list[str], n: int = 8) -> list[dict]:
    """Run snippets with the framework's uniform and normal samplers replaced by the same
    few NumPy draws in every framework: the k-th uniform (normal) call of a snippet gets
    the same numbers in all three, at most ``n`` along each axis. On equal data the
    statistics must agree to float32 tolerance, so an n against n - 1 divisor (a factor
    8/7 here) cannot hide in a statistical tolerance."""
    import numpy as np

    calls = {"uniform": 0, "normal": 0}

    def draws(kind, shape):
        shape = tuple(min(int(d), n) for d in shape)
        calls[kind] += 1
        rng = np.random.default_rng(1000 * calls[kind] + (kind == "normal"))
        x = rng.random(shape) if kind == "uniform" else rng.standard_normal(shape)
        return x.astype(np.float32)

    def shape_of(size):
        return tuple(size[0]) if len(size) == 1 and not isinstance(size[0], int) else size

    if framework == "torch":
        import torch

        torch.rand = lambda *size, **kw: torch.from_numpy(draws("uniform", shape_of(size)))
        torch.randn = lambda *size, **kw: torch.from_numpy(draws("normal", shape_of(size)))
    elif framework == "jax":
        import jax
        import jax.numpy as jnp

        jax.random.uniform = lambda key, shape=(), *a, **kw: jnp.asarray(draws("uniform", shape))
        jax.random.normal = lambda key, shape=(), *a, **kw: jnp.asarray(draws("normal", shape))
    else:
        import tensorflow as tf

        tf.random.uniform = lambda shape, *a, **kw: tf.constant(draws("uniform", shape))
        tf.random.normal = lambda shape, *a, **kw: tf.constant(draws("normal", shape))
    results = []
    for path in paths:
        calls.update(uniform=0, normal=0)
        results.append(run_one(path, framework))
    return _transportable(results)


def _transportable(results: list[dict]) -> list[dict]:
    for r in results:
        r["value"] = _picklable(r["value"])
    return results
