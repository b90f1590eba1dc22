"""Every snippet runs standalone, raises only what it declares, and follows the rules."""

from __future__ import annotations

import ast
import re

import pytest

from conftest import EXAMPLES, FRAMEWORKS, ROOT
from prelim.core.snippets import read_snippet
from snippet_runs import PASTE_FAILS

SNIPPETS = [(e, fw) for e in EXAMPLES for fw in FRAMEWORKS]
IDS = [f"{e.key}[{fw}]" for e, fw in SNIPPETS]

#: Calls a snippet must not teach, each with the reason.
FORBIDDEN = {
    r"\btorch\.norm\(": "deprecated: use torch.linalg.vector_norm / matrix_norm / norm",
    r"\.gca\(\s*projection": "removed from matplotlib: use fig.add_subplot(projection=...)",
    r"jax\.config\.update\(": "global: leaks into every later cell of the page",
    r"torch\.set_default_(dtype|device)\(": "global: leaks into every later cell of the page",
    r"jax\.random\.PRNGKey\(": "legacy key API: use jax.random.key",
    r"\.cuda\(\)|\.to\(['\"]cuda": "device boilerplate: the build sets the default device",
}
#: examples that show a legacy API beside the current one, on purpose: pattern -> examples
TEACHES_LEGACY = {
    r"jax\.random\.PRNGKey\(": {
        "gaussian/typed_keys",
        "gaussian/key_arithmetic",
        "gaussian/raw_keys",
    },
}


def test_there_are_examples():
    assert len(EXAMPLES) >= 15


@pytest.mark.parametrize(("example", "fw"), SNIPPETS, ids=IDS)
def test_snippet_file_is_complete(example, fw):
    """Each example has all three frameworks; no file shadows a framework package."""
    path = example.path(fw)
    assert path.exists(), f"{path.relative_to(ROOT)} is missing"
    assert path.stem not in ("torch", "jax", "tensorflow")
    snippet = read_snippet(path, fw)
    tree = ast.parse(snippet.source)
    if snippet.raises is None:
        assert tree.body and isinstance(tree.body[-1], ast.Expr), (
            f"{path.relative_to(ROOT)} must end with the expression whose value the page shows"
        )
    for pattern, why in FORBIDDEN.items():
        if example.key in TEACHES_LEGACY.get(pattern, ()):
            continue
        if fw != "torch" or "devices" not in example.name:
            m = re.search(pattern, snippet.source)
            assert not m, f"{path.relative_to(ROOT)}: {m.group(0)!r}: {why}"


@pytest.mark.parametrize(("example", "fw"), SNIPPETS, ids=IDS)
def test_snippet_runs_standalone(example, fw, snippet_results):
    """Fresh namespace, own imports: raises exactly what it declares, leaks nothing."""
    result = snippet_results[(example.key, fw)]
    declared = read_snippet(example.path(fw), fw).raises
    where = f"{example.path(fw).relative_to(ROOT)}:{result.get('line') or ''}"
    if declared:
        assert result["exc_type"] == declared.rsplit(".", 1)[-1], (
            f"{where} declares `# raises: {declared}` but "
            + (f"raised {result['error']}" if result["error"] else "ran without raising")
        )
    else:
        assert result["error"] is None, f"{where} raised {result['error']}"
    assert "leak" not in result, f"{where}: {result.get('leak')}"


# -- As a reader pastes it ------------------------------------------------------------------

PASTED = [
    pytest.param(
        e,
        fw,
        id=f"{e.key}[{fw}]",
        marks=(
            [pytest.mark.xfail(strict=True, reason=PASTE_FAILS[f"{e.key}[{fw}]"])]
            if f"{e.key}[{fw}]" in PASTE_FAILS
            else []
        ),
    )
    for e, fw in SNIPPETS
]


@pytest.mark.parametrize(("example", "fw"), PASTED)
def test_snippet_runs_pasted(example, fw, pasted_results):
    """As a reader pastes it or gives it to `python -c`: no source file, no `__file__`.
    Raises exactly what it declares; the PASTE_FAILS entries must fail (strict)."""
    error, last = pasted_results[(example.key, fw)]
    declared = read_snippet(example.path(fw), fw).raises
    where = f"{example.path(fw).relative_to(ROOT)} (pasted into python -c)"
    if declared:
        assert error == declared.rsplit(".", 1)[-1], f"{where}: declares {declared}, got {last}"
    else:
        assert error is None, f"{where}: {last}"
