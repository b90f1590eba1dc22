"""The three tabs of an example say the same thing, or the registry says how they differ.

Every snippet has run once (``snippet_results``). For each example the test observes three
aspects of the three results:

- ``raises``: the frameworks do not all end the same way (one raises, another returns, or
  they raise different exceptions);
- ``value``: the values, normalised to NumPy, differ (shapes, or numbers beyond a tolerance
  that suits their dtype: integers and booleans exactly, float32 to rtol 1e-5, half
  precision looser); random draws are compared by shape or by statistics as the chapter's
  compare.toml says;
- ``dtype``: the types of the results differ (``int64`` against ``int32``, a tensor against
  a Python ``int``, a returned ``x.dtype``).

What it observes must be exactly what snippets/differences.toml declares for the example:
an undeclared difference fails as new, a declared one that is gone fails as stale. The
dtype of every result is written to build/agreement-dtypes.json.
"""

from __future__ import annotations

import json
import os
import tomllib

import numpy as np
import pytest

from conftest import EXAMPLES, FRAMEWORKS, ROOT, compare_spec
from harness import DtypeName
from prelim.core import differences

#: how compare.toml may compare an example's values (real differences live in the registry)
MODES = {"values", "shape", "statistics", "none"}
REGISTRY_FILE = f"snippets/{differences.FILENAME}"
#: where the dtype of every result is recorded (PRELIM_AGREEMENT_DTYPES overrides)
DTYPES_JSON = ROOT / "build" / "agreement-dtypes.json"
#: default (rtol, atol) by the coarsest float dtype of the two values compared
FLOAT_TOLERANCE = {"float16": (1e-3, 1e-3), "bfloat16": (1e-2, 1e-2)}
DEFAULT_TOLERANCE = (1e-5, 1e-6)  # float32: the last digit of exp differs between frameworks


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


def _tolerance(ax, ay, rtol, atol):
    if rtol is not None or atol is not None:
        return (
            DEFAULT_TOLERANCE[0] if rtol is None else rtol,
            DEFAULT_TOLERANCE[1] if atol is None else atol,
        )
    names = {ax.dtype.name, ay.dtype.name}
    for name, tol in FLOAT_TOLERANCE.items():
        if name in names:
            return tol
    return DEFAULT_TOLERANCE


def compare(a, b, mode="values", rtol=None, atol=None):
    """Raise Mismatch where two normalised results differ in value (dtypes aside)."""
    la, lb = list(_leaves(a)), list(_leaves(b))
    if [p for p, _ in la] != [p for p, _ in lb]:
        raise Mismatch(f"different structure: {[p for p, _ in la]} vs {[p for p, _ in lb]}")
    for (path, x), (_, y) in zip(la, lb, strict=True):
        if isinstance(x, DtypeName) and isinstance(y, DtypeName):
            continue  # a returned dtype is the dtype aspect's business
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
        if mode == "values" and ax.dtype.kind in "biu" and ay.dtype.kind in "biu":
            if not np.array_equal(ax, ay):  # integers and booleans: exactly
                raise Mismatch(
                    f"{path}: integer values differ\n  {ax.ravel()[:8]}\n  {ay.ravel()[:8]}"
                )
            continue
        fx = ax.astype(np.complex128 if ax.dtype.kind == "c" else np.float64)
        fy = ay.astype(np.complex128 if ay.dtype.kind == "c" else np.float64)
        r, t = _tolerance(ax, ay, rtol, atol)
        if mode == "statistics":
            fx, fy = np.array([fx.mean(), fx.std()]), np.array([fy.mean(), fy.std()])
            r = 0.1 if rtol is None else rtol
        if not np.allclose(fx, fy, rtol=r, atol=t, equal_nan=True):
            diff = np.max(np.abs(fx - fy)) if fx.size else 0
            raise Mismatch(
                f"{path}: values differ (max abs diff {diff:.3g}, rtol {r})"
                f"\n  {fx.ravel()[:8]}\n  {fy.ravel()[:8]}"
            )


def _label(fw):
    return FRAMEWORKS[fw].label


def _structure(signature):
    return [p for p, _ in _leaves(signature)]


def observe(results: dict, spec: dict) -> dict[str, str]:
    """The aspects in which the frameworks' results differ -> what was seen."""
    mode = spec.get("mode", "values")
    seen = {}
    ends = {fw: r["exc_type"] or "returns" for fw, r in results.items()}
    if len(set(ends.values())) > 1:
        seen["raises"] = "; ".join(
            f"{_label(fw)} " + (end if end == "returns" else f"raises {end}")
            for fw, end in ends.items()
        )
    returned = [fw for fw, end in ends.items() if end == "returns"]
    if mode == "none" or len(returned) < 2:
        return seen
    first, others = returned[0], returned[1:]
    mismatches = []
    for other in others:
        try:
            compare(
                results[first]["value"],
                results[other]["value"],
                mode,
                spec.get("rtol"),
                spec.get("atol"),
            )
        except Mismatch as err:
            mismatches.append(f"{_label(first)} vs {_label(other)}: {err}")
    if mismatches:
        seen["value"] = "\n".join(mismatches)
    sigs = {fw: results[fw]["signature"] for fw in returned}
    if (
        len({repr(s) for s in sigs.values()}) > 1
        and len({repr(_structure(s)) for s in sigs.values()}) == 1
    ):
        seen["dtype"] = "; ".join(f"{_label(fw)} {results[fw]['dtype']}" for fw in returned)
    return seen


@pytest.fixture(scope="module")
def registry():
    return differences.load(ROOT / "snippets", ROOT)


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.key for e in EXAMPLES])
def test_frameworks_agree_or_differ_as_declared(example, snippet_results, registry):
    spec = compare_spec(example)
    mode = spec.get("mode", "values")
    where = f"snippets/{example.chapter}/compare.toml [{example.name}]"
    assert mode != "differs", (
        f'{where}: `mode = "differs"` moved to {REGISTRY_FILE}: declare the difference '
        "there (title, examples, aspects, reason) and remove the entry here"
    )
    assert mode in MODES, f"{where}: unknown compare mode {mode!r}; use one of {sorted(MODES)}"
    if mode != "values" or "rtol" in spec or "atol" in spec:
        assert spec.get("reason"), f"{where}: the entry needs a reason"
    results = {
        fw: snippet_results[(example.key, fw)]
        for fw in FRAMEWORKS
        if (example.key, fw) in snippet_results
    }
    seen = observe(results, spec)
    declared = {
        aspect: diff
        for diff in differences.by_example(registry).get(example.key, [])
        for aspect in diff.aspects
    }
    problems = []
    for aspect in sorted(seen.keys() - declared.keys()):
        problems.append(
            f"NEW difference in {aspect}, not declared in {REGISTRY_FILE}:\n  "
            + seen[aspect].replace("\n", "\n  ")
            + f"\n  Fix the snippet so the frameworks agree, or, if the difference is real, "
            f"declare it: add {example.key!r} with aspect {aspect!r} to an entry, with a reason."
        )
    for aspect in sorted(declared.keys() - seen.keys()):
        diff = declared[aspect]
        problems.append(
            f"STALE difference: {REGISTRY_FILE}:{diff.line} [{diff.id}] declares that the "
            f"frameworks differ in {aspect}, but they now agree. Remove {aspect!r} from its "
            f"aspects (or {example.key!r} from its examples)."
        )
    assert not problems, f"{example.key}: " + "\n".join(problems)


def test_registry_names_real_examples_and_holds_enough(registry):
    names = {e.key for e in EXAMPLES}
    for diff in registry.values():
        for key in diff.examples:
            assert key in names, (
                f"{REGISTRY_FILE}:{diff.line} [{diff.id}]: no example "
                f"{key!r} (snippets/{key}_torch.py...)"
            )
    assert len(registry) >= 12, "the registry holds the real differences: at least 12"


def test_compare_entries_name_real_examples():
    names = {e.key for e in EXAMPLES}
    for path in (ROOT / "snippets").glob("*/compare.toml"):
        for name in tomllib.loads(path.read_text(encoding="utf-8")):
            assert f"{path.parent.name}/{name}" in names, f"{path}: no example {name!r}"


def test_dtypes_are_recorded(snippet_results):
    """Write the type of every result, per example and framework, for whoever needs it."""
    record = {
        e.key: {
            fw: snippet_results[(e.key, fw)]["dtype"]
            for fw in FRAMEWORKS
            if (e.key, fw) in snippet_results
        }
        for e in EXAMPLES
    }
    assert all(len(v) == len(FRAMEWORKS) for v in record.values())
    path = os.environ.get("PRELIM_AGREEMENT_DTYPES") or DTYPES_JSON
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(record, f, indent=1, sort_keys=True)


def _result(value, signature, exc=None, dtype=None):
    return {
        "value": value,
        "signature": signature,
        "exc_type": exc,
        "dtype": dtype or str(signature),
    }


def test_observe_sees_each_aspect():
    """The check itself can fail: each kind of difference is seen, and agreement is not."""
    a = np.arange(3, dtype=np.float32)
    same = {fw: _result(a, "float32") for fw in FRAMEWORKS}
    assert observe(same, {}) == {}
    perturbed = dict(same, jax=_result(a + 1e-2, "float32"))
    assert observe(perturbed, {}).keys() == {"value"}
    assert observe(dict(same, jax=_result(a + 1e-7, "float32")), {}) == {}
    retyped = dict(same, torch=_result(a.astype(np.float64), "float64"))
    assert observe(retyped, {}).keys() == {"dtype"}
    raising = dict(same, tf=_result(None, "raises TypeError", exc="TypeError"))
    assert observe(raising, {}).keys() == {"raises"}
    assert observe(dict(same, jax=_result(-a, "float32")), {"mode": "shape"}) == {}
    ints = {fw: _result(np.array(409600), "int64") for fw in FRAMEWORKS}
    assert observe(dict(ints, tf=_result(np.array(409601), "int64")), {}).keys() == {"value"}


def test_compare_detects_a_perturbation():
    """A 1e-2 change is caught, a 1e-7 one is not; shapes must match."""
    a = (np.arange(5, dtype=np.float32), np.float32(2.0))
    compare(a, (a[0] + 1e-7, a[1]))
    with pytest.raises(Mismatch):
        compare(a, (a[0] + 1e-2, a[1]))
    with pytest.raises(Mismatch):
        compare(a, (a[0].reshape(5, 1), a[1]))
