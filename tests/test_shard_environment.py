"""Execution per framework: the dependency groups that make one framework's environment, and
a bundle such an environment wrote (`nox -s execute`).

The bundle checks read a shard that was run before them and are skipped otherwise; .ci/run
runs one (`nox -s execute -- --frameworks jax --only data_manipulation`) and names it:
  PRELIM_SHARD_BUNDLE       the bundle's folder (bundle.json, <page>/<framework>.ipynb)
  PRELIM_SHARD_FRAMEWORKS   the frameworks it executed (comma-separated)
  PRELIM_SHARD_PAGES        the pages it executed (comma-separated; default: any)
  PRELIM_SHARD_PYTHON       the python of the environment that ran it (optional)
"""

from __future__ import annotations

import os
import subprocess
import tomllib
from pathlib import Path

import pytest

from helpers import ROOT
from prelim.core.frameworks import FRAMEWORKS

GROUPS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["dependency-groups"]


def _names(group: str) -> set[str]:
    """The distributions a group names itself (not those of groups it includes)."""
    return {entry.split("==")[0].lower() for entry in GROUPS[group] if isinstance(entry, str)}


def test_a_group_per_framework_holds_that_framework_alone():
    distributions = {fw.distribution for fw in FRAMEWORKS.values()}
    for key, fw in FRAMEWORKS.items():
        assert fw.distribution in _names(key), f"group {key} lacks {fw.distribution}"
        assert not (_names(key) & distributions) - {fw.distribution}, f"group {key}"
    assert not _names("render") & distributions, "render must hold no framework"


def test_docs_is_render_and_the_three_frameworks():
    """`nox -s docs` (and every session on .venv) executes all three frameworks."""
    included = [e["include-group"] for e in GROUPS["docs"] if isinstance(e, dict)]
    assert sorted(included) == sorted(["render", *FRAMEWORKS])
    assert not _names("docs"), "docs adds nothing of its own: render holds the rest"


BUNDLE = os.environ.get("PRELIM_SHARD_BUNDLE")
needs_bundle = pytest.mark.skipif(not BUNDLE, reason="PRELIM_SHARD_BUNDLE names no bundle")


def _units(bundle: Path) -> set[tuple[str, str]]:
    return {(nb.parent.relative_to(bundle).as_posix(), nb.stem) for nb in bundle.rglob("*.ipynb")}


@needs_bundle
def test_the_shard_holds_its_frameworks_units_only():
    bundle = Path(BUNDLE).resolve()
    assert (bundle / "bundle.json").is_file(), f"{bundle} is no bundle"
    frameworks = set(os.environ["PRELIM_SHARD_FRAMEWORKS"].split(","))
    units = _units(bundle)
    assert units, f"{bundle} holds no unit"
    assert {fw for _page, fw in units} == frameworks
    pages = {p for p in os.environ.get("PRELIM_SHARD_PAGES", "").split(",") if p}
    if pages:
        assert {page for page, _fw in units} == pages
        assert units == {(page, fw) for page in pages for fw in frameworks}


@needs_bundle
@pytest.mark.skipif(
    not os.environ.get("PRELIM_SHARD_PYTHON"), reason="PRELIM_SHARD_PYTHON names no environment"
)
def test_the_shard_ran_where_the_other_frameworks_are_absent():
    """The environment that ran the shard holds its frameworks and none of the others."""
    frameworks = set(os.environ["PRELIM_SHARD_FRAMEWORKS"].split(","))
    probe = (
        "import importlib.util, sys; "
        "print(' '.join(m for m in sys.argv[1:] if importlib.util.find_spec(m)))"
    )
    modules = {fw.module: key for key, fw in FRAMEWORKS.items()}
    found = subprocess.run(
        [os.environ["PRELIM_SHARD_PYTHON"], "-c", probe, *modules],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert {modules[m] for m in found} == frameworks
