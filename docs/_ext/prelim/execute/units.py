"""A page's units: each framework's cells, run in a kernel of their own, then put together.

A page as the reader makes it holds every framework's cells. It executes as one unit per
framework: the hidden cells made for that framework alone (its setup, its provenance,
the result-types hook and report) and that framework's example cells, in page order. So
one framework's crash never loses the others', the frameworks' allocators never share a
process (JAX and TensorFlow each take most of a GPU by default), a shard can run one
framework in an environment holding only that framework, and editing a TensorFlow
snippet re-executes the TensorFlow unit only.

After execution, ``assemble`` gives the page's cells the outputs of its units: each
example cell its own unit's, the hidden cells the units' reports merged into one (the
provenance line names each framework's own run).
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
from collections.abc import Callable
from typing import Any, cast

import nbformat as nbf
from nbformat import NotebookNode

from ..core import cells
from ..core.cells import last_json_line
from ..core.environment import fingerprint
from ..core.frameworks import FRAMEWORKS
from ..read import hidden_cells

#: the first line of every hidden cell (``read.hidden_cells``): not part of the code hash,
#: since whether the environment matches is judged apart (``environment`` of a unit)
ENVIRONMENT_LINE = re.compile(r"\A# build environment: [^\n]*\n")


def frameworks_of(page: NotebookNode) -> tuple[str, ...]:
    """The frameworks a page's examples were read for (none: a page without examples)."""
    return tuple(page.metadata.get("prelim", {}).get("frameworks", ()))


def split(page: NotebookNode, framework: str) -> NotebookNode:
    """The unit notebook of one framework of a page, ready to execute."""
    unit = cast(
        NotebookNode,
        nbf.v4.new_notebook(
            metadata=copy.deepcopy(
                {k: v for k, v in page.metadata.items() if k in ("kernelspec", "language_info")}
            )
        ),
    )
    leading = hidden_cells.leading_cells((framework,), fingerprint((framework,)))
    examples = [
        copy.deepcopy(c)
        for c in page.cells
        if c.cell_type == "code" and c.metadata.get("framework") == framework
    ]
    for cell in examples:
        cell.outputs, cell.execution_count = [], None
    unit.cells = [*leading, *examples, hidden_cells.result_types_report_cell()]
    return unit


def code_hash(unit: NotebookNode) -> str:
    """What a unit runs, apart from the environment line: unchanged code, same hash."""
    digest = hashlib.sha256()
    for cell in unit.cells:
        if cell.cell_type == "code":
            digest.update(ENVIRONMENT_LINE.sub("", cell.source).encode("utf-8") + b"\0")
    return digest.hexdigest()[:16]


def _merged_json(
    outputs_by_fw: dict[str, list[NotebookNode]],
    merge: Callable[[dict[str, dict[str, Any]]], dict[str, Any]],
) -> list[NotebookNode] | None:
    """One stream output holding the units' JSON reports merged, or None if one lacks it."""
    found = {}
    for fw, outputs in outputs_by_fw.items():
        text = "".join(o.get("text", "") for o in outputs if o.get("output_type") == "stream")
        if (data := last_json_line(text)) is None:
            return None
        found[fw] = data
    return [
        nbf.v4.new_output(
            "stream", name="stdout", text=json.dumps(merge(found), sort_keys=True) + "\n"
        )
    ]


def _provenance(found: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Each unit's versions and device; Python once, or per framework where they differ."""
    merged: dict[str, Any] = {}
    pythons: dict[str, list[str]] = {}
    for fw, data in found.items():
        merged.update({k: v for k, v in data.items() if k != "python"})
        pythons.setdefault(str(data.get("python", "?")), []).append(FRAMEWORKS[fw].label)
    merged["python"] = (
        next(iter(pythons))
        if len(pythons) == 1
        else ", ".join(f"{version} ({', '.join(labels)})" for version, labels in pythons.items())
    )
    return merged


def _records(found: dict[str, dict[str, Any]]) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for data in found.values():
        merged.update(data)
    return merged


MERGE = {cells.PROVENANCE: _provenance, cells.RESULT_TYPES_REPORT: _records}


def assemble(page: NotebookNode, units: dict[str, NotebookNode]) -> None:
    """Give the page's cells the outputs of its executed units (in place)."""
    units = {fw: units[fw] for fw in FRAMEWORKS if fw in units}  # the site's order, always
    for unit in units.values():  # what the kernel said of its language picks the lexer
        if "language_info" in unit.metadata:
            page.metadata["language_info"] = copy.deepcopy(unit.metadata["language_info"])
            break
    examples = {
        fw: iter(
            [c for c in unit.cells if c.cell_type == "code" and c.metadata.get("framework") == fw]
        )
        for fw, unit in units.items()
    }
    by_role = {
        fw: {
            c.metadata.get("prelim"): c
            for c in unit.cells
            if c.cell_type == "code" and c.metadata.get("prelim")
        }
        for fw, unit in units.items()
    }
    for cell in page.cells:
        if cell.cell_type != "code":
            continue
        if (fw := cell.metadata.get("framework")) in units:
            done = next(examples[fw])
            cell.outputs, cell.execution_count = done.outputs, done.execution_count
        elif (role := cell.metadata.get("prelim")) is not None:
            outputs = {
                fw: roles[role].get("outputs", []) for fw, roles in by_role.items() if role in roles
            }
            merged = _merged_json(outputs, MERGE[role]) if role in MERGE else None
            # a report that failed in one unit shows that unit's outputs as they are
            cell.outputs = (
                merged
                if merged is not None
                else [o for fw_outputs in outputs.values() for o in fw_outputs]
            )
            cell.execution_count = None


def page_index(page: NotebookNode, unit: NotebookNode, index: int) -> int:
    """The page's cell for cell ``index`` of one of its units: the same example cell, or
    the hidden cell of the same role (their outputs are merged there)."""
    cell = unit.cells[index]
    fw = cell.metadata.get("framework")
    if fw is not None:
        nth = sum(1 for c in unit.cells[:index] if c.metadata.get("framework") == fw)
        mine = [i for i, c in enumerate(page.cells) if c.metadata.get("framework") == fw]
        return mine[nth]
    role = cell.metadata.get("prelim")
    return next((i for i, c in enumerate(page.cells) if c.metadata.get("prelim") == role), 0)
