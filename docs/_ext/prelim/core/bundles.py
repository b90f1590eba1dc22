"""Executed units on disk: the build's own store, and the portable bundles shards write.

A *unit* is one framework's cells of one page, executed in a kernel of their own
(``execute.units``). Executed, it is a notebook file ``<folder>/<docname>/<fw>.ipynb``
whose metadata (``prelim_unit``) says what it is: the page, the framework, the hash of
the code it ran (``code``), the environment it ran in (``environment``: the fingerprint,
``core.environment``) and how long it took.

- The build's store is ``<execution cache>/units``: one file per unit, the last execution.
- A *bundle* is a folder a shard writes (``-D prelim_bundle=DIR``, ``nox -s execute``): the
  same files, plus ``bundle.json`` indexing them, with ``run``, a hash of each file, so
  the pages rendered from a bundle are keyed by what it holds. A build given bundles
  (``-D prelim_executed=DIR,DIR``) renders from them and executes nothing.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

#: a bundle's index, beside its unit files
INDEX = "bundle.json"
#: the notebook metadata key of an executed unit
META = "prelim_unit"
FORMAT = 1


def unit_file(folder: Path, docname: str, framework: str) -> Path:
    """Where a unit lies in a store or a bundle.

    >>> unit_file(Path("b"), "calculus", "tf").as_posix()
    'b/calculus/tf.ipynb'
    """
    return Path(folder) / docname / f"{framework}.ipynb"


def unit_name(docname: str, framework: str) -> str:
    return f"{docname}/{framework}"


def file_hash(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16]


def write_index(folder: Path, frameworks: Iterable[str], units: dict[str, dict[str, Any]]) -> None:
    index = {"format": FORMAT, "frameworks": list(frameworks), "units": units}
    (Path(folder) / INDEX).write_text(
        json.dumps(index, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )


class BundleError(ValueError):
    pass


@functools.cache
def _load(path: Path, mtime_ns: int) -> dict[str, Any]:
    try:
        index = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise BundleError(
            f"{path}: not a readable bundle index ({err}); write the bundle "
            "again: nox -s execute -- --frameworks ..."
        ) from None
    if not isinstance(index, dict) or index.get("format") != FORMAT:
        raise BundleError(
            f"{path}: a bundle of another format (expected format {FORMAT}); "
            "write it again with this version: nox -s execute"
        )
    return index


def load_index(folder: Path) -> dict[str, Any]:
    """A bundle's index (read once per change of the file)."""
    path = Path(folder) / INDEX
    if not path.is_file():
        raise BundleError(
            f"{folder}: not a bundle (it has no {INDEX}); a bundle is the folder "
            "`nox -s execute -- --out DIR` writes"
        )
    return _load(path, path.stat().st_mtime_ns)


def executed_folders(value: str) -> list[Path]:
    """The folders of ``prelim_executed`` (comma-separated).

    >>> [p.name for p in executed_folders(" a/torch, b/tf ,")]
    ['torch', 'tf']
    """
    return [Path(part.strip()) for part in value.split(",") if part.strip()]


def runs(folders: Iterable[Path], docname: str, frameworks: Iterable[str]) -> dict[str, str]:
    """Each framework's run of a page in the bundles ("missing" where none holds it)."""
    found = {}
    for fw in frameworks:
        for folder in folders:
            entry = load_index(folder)["units"].get(unit_name(docname, fw))
            if entry is not None:
                found[fw] = entry["run"]
                break
        else:
            found[fw] = "missing"
    return found
