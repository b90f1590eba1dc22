"""Record, while each page executes, what every example cell returned: its result's type.

Two hidden cells frame a page's examples: after the setup, ``result_types_cell.py``
registers an IPython ``post_run_cell`` hook that names the type of each cell's final value
(``prelim.result_types.describe``, run inside the kernel) or the exception it raised; at
the end of the page a report cell prints that record as JSON. This transform reads the
report, gives each example cell its ``prelim_result_type`` and removes the report, so the
reference page's dtype table shows what the build really produced.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import nbformat as nbf
from docutils import nodes
from sphinx.transforms import SphinxTransform
from sphinx.util import logging

from .outputs import is_example_cell

logger = logging.getLogger(__name__)
HERE = Path(__file__).parent
HOOK_ROLE, REPORT_ROLE = "result-types", "result-types-report"
#: the files the hidden cells are made of (a change re-reads the pages)
KERNEL_FILES = ("result_types.py", "result_types_cell.py")
#: what the table shows for a cell whose value is None but that drew a figure
FIGURE = "figure"
NOT_EXECUTED = "not executed"


def source_key(source: str) -> str:
    """The key the kernel's hook files a cell's result under (it hashes the same way).

    >>> source_key("x + 1\\n") == source_key("x + 1")
    True
    """
    return hashlib.sha256(source.strip().encode("utf-8")).hexdigest()[:16]


def hook_cell(fingerprint: str) -> nbf.NotebookNode:
    """The hidden cell that starts recording (goes right after the setup cell)."""
    types_source = (HERE / "result_types.py").read_text(encoding="utf-8")
    cell = (HERE / "result_types_cell.py").read_text(encoding="utf-8")
    header = f"# build environment: {fingerprint}\nRESULT_TYPES_SOURCE = {types_source!r}\n"
    return nbf.v4.new_code_cell(header + cell,
                                metadata={"tags": ["remove-cell"], "prelim": HOOK_ROLE})


def report_cell() -> nbf.NotebookNode:
    """The hidden last cell: prints the record as one line of JSON."""
    source = ("import json as _prelim_json\n\n"
              "print(_prelim_json.dumps(_prelim_result_types.record, sort_keys=True))")
    return nbf.v4.new_code_cell(source, metadata={"tags": ["remove-input"],
                                                  "prelim": REPORT_ROLE})


def _role(node) -> str | None:
    return node.get("cell_metadata", {}).get("prelim") if isinstance(node, nodes.container) \
        else None


def _source(cell) -> str:
    for child in cell.findall(nodes.container):
        if child.get("nb_element") == "cell_code_source":
            return "".join(b.astext() for b in child.findall(nodes.literal_block))
    return ""


class RecordResultTypes(SphinxTransform):
    default_priority = 405  # after outputs are checked (400), before the tabs (410)

    def apply(self, **kwargs):
        reports = [c for c in self.document.findall(nodes.container) if _role(c) == REPORT_ROLE]
        cells = list(self.document.findall(is_example_cell))
        record = None
        for report in reports:
            text = "".join(b.astext() for b in report.findall(nodes.literal_block)
                           if "stream" in b["classes"])
            try:
                record = json.loads(text.strip().splitlines()[-1])
            except (ValueError, IndexError):
                pass
            report.parent.remove(report)
        ran = any(c.get("nb_element") == "cell_code_output"
                  for cell in cells for c in cell.findall(nodes.container))
        from .execution_failures import FAILURE_KEY  # here: it imports snippet_loading

        if self.env.temp_data.get(FAILURE_KEY):
            ran = False  # the kernel stopped half-way: execution_failures says so already
        if record is None and ran:  # executed, yet nothing recorded: the hidden cells failed
            logger.warning("the result types of this page's examples were not recorded (the "
                           "hidden result-types cells produced no report); the reference "
                           "page's dtype table would say 'not executed'", location=cells[0],
                           type="prelim", subtype="result-types")
        for cell in cells:
            desc = (record or {}).get(source_key(_source(cell)), NOT_EXECUTED)
            if record is not None and desc == NOT_EXECUTED and ran:
                logger.warning(f"{cell['cell_metadata']['snippet']}: its result type was not "
                               "recorded (the cell's source as shown differs from the source "
                               "the kernel ran?)", location=cell, type="prelim",
                               subtype="result-types")
            if desc == "NoneType" and any(True for _ in cell.findall(nodes.image)):
                desc = FIGURE
            cell["prelim_result_type"] = desc


def setup(app):
    app.add_transform(RecordResultTypes)
