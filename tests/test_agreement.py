"""The three tabs of an example say the same thing.

Values are normalised to NumPy and compared with tolerances. An example whose values
cannot agree says why in snippets/<chapter>/compare.toml: ``shape`` (random draws,
timings: shapes only), ``statistics`` (shapes, mean and std), ``none``, or ``differs``
(a real difference between the frameworks, which must still be observed).
"""

from __future__ import annotations

import numpy as np
import pytest

from conftest import EXAMPLES, FRAMEWORKS, compare_spec
from prelim.examples import read_snippet

MODES = {"values", "shape", "statistics", "none", "differs"}


class Mismatch(AssertionError):
    pass


def _leaves(value, path="result"):
    if isinstance(value, dict):
        for k in sorted(value, key=str):
            yield from _leaves(value[k], f"{path}[{k!r}]")
    elif isinstance(value, (tuple, list)):
        yield (path + ".len", len(value))
        for i, v in enumerate(value):
            yield from _leaves(v, f"{path}[{i}]")
    else:
        yield (path, value)


def _as_array(v):
    if isinstance(v, np.ndarray):
        return v
    if isinstance(v, (bool, int, float, complex, np.generic)):
        return np.asarray(v)
    return None


def compare(a, b, mode="values", rtol=1e-5, atol=1e-6):
    la, lb = list(_leaves(a)), list(_leaves(b))
    if [p for p, _ in la] != [p for p, _ in lb]:
        raise Mismatch(f"different structure: {[p for p, _ in la]} vs {[p for p, _ in lb]}")
    for (path, x), (_, y) in zip(la, lb, strict=True):
        ax, ay = _as_array(x), _as_array(y)
        if ax is None or ay is None:
            if mode == "values" and x != y:
                raise Mismatch(f"{path}: {x!r} != {y!r}")
            continue
        if ax.shape != ay.shape:
            raise Mismatch(f"{path}: shape {ax.shape} != {ay.shape}")
        if mode == "shape":
            continue
        if ax.dtype.kind in "USO" or ay.dtype.kind in "USO":
            if mode == "values" and not np.array_equal(ax, ay):
                raise Mismatch(f"{path}: {ax!r} != {ay!r}")
            continue
        fx, fy = ax.astype(np.complex128 if ax.dtype.kind == "c" else np.float64), \
            ay.astype(np.complex128 if ay.dtype.kind == "c" else np.float64)
        if mode == "statistics":
            fx, fy = np.array([fx.mean(), fx.std()]), np.array([fy.mean(), fy.std()])
        if not np.allclose(fx, fy, rtol=rtol, atol=atol, equal_nan=True):
            diff = np.max(np.abs(fx - fy)) if fx.size else 0
            raise Mismatch(f"{path}: values differ (max abs diff {diff:.3g}, rtol {rtol})"
                           f"\n  {fx.ravel()[:8]}\n  {fy.ravel()[:8]}")


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.key for e in EXAMPLES])
def test_frameworks_agree(example, snippet_results):
    spec = compare_spec(example)
    mode = spec.get("mode", "values")
    assert mode in MODES, f"{example.key}: unknown compare mode {mode!r}"
    if mode != "values" or "rtol" in spec or "atol" in spec:
        assert spec.get("reason"), f"{example.key}: compare.toml entry needs a reason"
    if mode == "none":
        return
    results = {fw: snippet_results[(example.key, fw)] for fw in FRAMEWORKS
               if (example.key, fw) in snippet_results
               and not read_snippet(example.path(fw), fw).raises}
    assert all(r["error"] is None for r in results.values()), "a snippet failed to run"
    rtol = spec.get("rtol", 0.1 if mode == "statistics" else 1e-5)
    atol = spec.get("atol", 1e-6)
    fws = list(results)
    mismatches = []
    for other in fws[1:]:
        try:
            compare(results[fws[0]]["value"], results[other]["value"],
                    "values" if mode == "differs" else mode, rtol, atol)
        except Mismatch as err:
            mismatches.append(f"{FRAMEWORKS[fws[0]][1]} vs {FRAMEWORKS[other][1]}: {err}")
    if mode == "differs":
        assert mismatches, (f"{example.key}: declared as differing ({spec['reason']}) but all "
                            "frameworks now agree: the difference is stale, remove the entry")
    else:
        assert not mismatches, f"{example.key}: " + "\n".join(mismatches)


def test_compare_entries_name_real_examples():
    import tomllib

    from conftest import ROOT

    names = {e.key for e in EXAMPLES}
    for path in (ROOT / "snippets").glob("*/compare.toml"):
        for name in tomllib.loads(path.read_text()):
            assert f"{path.parent.name}/{name}" in names, f"{path}: no example {name!r}"


def test_compare_detects_a_perturbation():
    """The comparison itself can fail: a 1e-2 change is caught, a 1e-7 one is not."""
    a = (np.arange(5, dtype=np.float32), np.float32(2.0))
    compare(a, (a[0] + 1e-7, a[1]))
    with pytest.raises(Mismatch):
        compare(a, (a[0] + 1e-2, a[1]))
    with pytest.raises(Mismatch):
        compare(a, (a[0].reshape(5, 1), a[1]))
