"""What every example cell returned: its result's type, recorded while the page executed.

Two hidden cells frame a page's examples (``read.hidden_cells``): after the setup,
``kernel/result_types_cell.py`` registers an IPython ``post_run_cell`` hook that names the
type of each cell's final value (``kernel/result_types.py``'s ``describe``, run inside the
kernel) or the exception it raised; at the end of the page a report cell prints that
record as JSON. This transform reads the report, gives each example cell its
``prelim_result_type`` and removes the report, so the reference page's dtype table shows
what the build really produced.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.transforms import SphinxTransform
from sphinx.util import logging

from ..core.cells import RESULT_TYPES_REPORT, is_example_cell, last_json_line, role, stream_text
from ..core.priorities import priority
from ..execute.failures import FAILURE_KEY

if TYPE_CHECKING:
    from sphinx.application import Sphinx

logger = logging.getLogger(__name__)
#: what the table shows for a cell whose value is None but that drew a figure
FIGURE = "figure"
NOT_EXECUTED = "not executed"


def source_key(source: str) -> str:
    """The key the kernel's hook files a cell's result under (it hashes the same way).

    >>> source_key("x + 1\\n") == source_key("x + 1")
    True
    """
    return hashlib.sha256(source.strip().encode("utf-8")).hexdigest()[:16]


def _source(cell: nodes.Element) -> str:
    for child in cell.findall(nodes.container):
        if child.get("nb_element") == "cell_code_source":
            return "".join(b.astext() for b in child.findall(nodes.literal_block))
    return ""


class RecordResultTypes(SphinxTransform):
    default_priority = priority("RecordResultTypes")

    def apply(self, **kwargs: Any) -> None:
        reports = [
            c for c in self.document.findall(nodes.container) if role(c) == RESULT_TYPES_REPORT
        ]
        cells = list(self.document.findall(is_example_cell))
        record = None
        for report in reports:
            if (found := last_json_line(stream_text(report))) is not None:
                record = found
            report.parent.remove(report)
        ran = any(
            c.get("nb_element") == "cell_code_output"
            for cell in cells
            for c in cell.findall(nodes.container)
        )
        if self.env.temp_data.get(FAILURE_KEY):
            ran = False  # the kernel stopped half-way: execute.failures says so already
        if record is None and ran:  # executed, yet nothing recorded: the hidden cells failed
            logger.warning(
                "the result types of this page's examples were not recorded (the "
                "hidden result-types cells produced no report); the reference "
                "page's dtype table would say 'not executed'",
                location=cells[0],
                type="prelim",
                subtype="result-types",
            )
        for cell in cells:
            desc = (record or {}).get(source_key(_source(cell)), NOT_EXECUTED)
            if record is not None and desc == NOT_EXECUTED and ran:
                logger.warning(
                    f"{cell['cell_metadata']['snippet']}: its result type was not "
                    "recorded (the cell's source as shown differs from the source "
                    "the kernel ran?)",
                    location=cell,
                    type="prelim",
                    subtype="result-types",
                )
            if desc == "NoneType" and any(True for _ in cell.findall(nodes.image)):
                desc = FIGURE
            cell["prelim_result_type"] = desc


def setup_result_types(app: Sphinx) -> None:
    app.add_transform(RecordResultTypes)
