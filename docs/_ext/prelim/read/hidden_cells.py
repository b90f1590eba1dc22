"""The hidden cells the reader adds to a page with examples, made from the kernel sources.

In page order: the setup cell first (frameworks imported, log lines absorbed, local paths
hidden), then the result-types hook, the provenance cell, the examples, and last the
result-types report. Each carries its role (``core.cells``) in its ``prelim`` metadata and
starts with the environment fingerprint, so the execution cache never serves outputs
computed with other versions or on another device.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

import nbformat as nbf

from ..core import cells
from ..kernel import FOLDER as KERNEL

#: each hidden cell's source: the kernel files it is made of, in order
SOURCES = {
    cells.SETUP: ("setup_cell.py", "hide_paths_cell.py"),
    cells.RESULT_TYPES_HOOK: ("result_types_cell.py",),
    cells.PROVENANCE: ("provenance_cell.py",),
}
#: run inside the kernel by the result-types hook (written above it as a string)
RESULT_TYPES_MODULE = "result_types.py"
#: every kernel file a page's cells are made of: editing one re-reads the pages
KERNEL_FILES = tuple(
    KERNEL / name
    for name in (*(name for names in SOURCES.values() for name in names), RESULT_TYPES_MODULE)
)


def _read(name: str) -> str:
    return (KERNEL / name).read_text(encoding="utf-8")


def _cell(role: str, header: str, tags: list[str], fingerprint: str) -> nbf.NotebookNode:
    source = "\n\n".join(_read(name) for name in SOURCES[role])
    return cast(
        nbf.NotebookNode,
        nbf.v4.new_code_cell(
            f"# build environment: {fingerprint}\n{header}{source}",
            metadata={"tags": tags, "prelim": role},
        ),
    )


def leading_cells(frameworks: Iterable[str], fingerprint: str) -> list[nbf.NotebookNode]:
    """The hidden cells before the page's first cell."""
    names = f"FRAMEWORKS = {tuple(frameworks)!r}\n"
    types = f"RESULT_TYPES_SOURCE = {_read(RESULT_TYPES_MODULE)!r}\n"
    return [
        _cell(cells.SETUP, names, ["remove-cell"], fingerprint),
        _cell(cells.RESULT_TYPES_HOOK, types, ["remove-cell"], fingerprint),
        _cell(cells.PROVENANCE, names, ["remove-input"], fingerprint),
    ]


def result_types_report_cell() -> nbf.NotebookNode:
    """The hidden last cell: prints what the examples returned as one line of JSON."""
    source = (
        "import json as _prelim_json\n\n"
        "print(_prelim_json.dumps(_prelim_result_types.record, sort_keys=True))"
    )
    return cast(
        nbf.NotebookNode,
        nbf.v4.new_code_cell(
            source, metadata={"tags": ["remove-input"], "prelim": cells.RESULT_TYPES_REPORT}
        ),
    )
