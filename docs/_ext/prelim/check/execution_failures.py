"""A page whose kernel stopped half-way says where, and marks the cells it never ran.

``execute.failures`` records each failure (which cell was running, why, in which unit) in
the page's ``env.temp_data``; this transform turns it into a warning naming the snippet
file and puts a visible error on the page, in that cell and in each cell after it that
the same kernel would have run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.transforms import SphinxTransform
from sphinx.util import logging

from ..core.cells import SETUP
from ..core.output_text import parse_traceback
from ..core.priorities import priority
from ..execute.failures import FAILURE_KEY

if TYPE_CHECKING:
    from sphinx.application import Sphinx

logger = logging.getLogger(__name__)


def _describe(reason: str, timeout: int | None) -> tuple[str, str]:
    """(what went wrong, what to do), for the warning and for the page."""
    if reason == "timeout":
        return (
            f"was still running after {timeout} s (nb_execution_timeout), so the build "
            "stopped this page's kernel",
            "make the snippet faster (less data, fewer iterations); if it truly needs "
            "longer, raise nb_execution_timeout in conf.py",
        )
    return (
        "killed the kernel (os._exit, a crash in native code, or the machine ran out of memory)",
        "run the snippet alone (python <file>) to see how it ends, and fix it",
    )


def _interrupted_line(cell: nodes.Element) -> int | None:
    """The snippet line a stopped kernel was interrupted at, if it said.

    Stopping a hung kernel interrupts it first, which may leave a KeyboardInterrupt
    traceback in the cell. That error is the build's doing, not the snippet's: take the
    line from it and drop it, so it is not judged as an undeclared exception.
    """
    line = None
    for block in list(cell.findall(nodes.literal_block)):
        if "traceback" in block["classes"]:
            ename, _lines, at = parse_traceback(block.astext())
            if ename.rsplit(".", 1)[-1] == "KeyboardInterrupt":
                line = line or at
                block.parent.remove(block)
    return line


def _admonition(text: str) -> nodes.Element:
    note = nodes.error(classes=["prelim-not-executed"])
    note += nodes.paragraph(text=text)
    return note


class ExecutionFailures(SphinxTransform):
    """Report the cell that stopped a kernel; mark it and every later cell of that kernel
    (its unit's framework, or the whole page where myst-nb ran the page)."""

    default_priority = priority("ExecutionFailures")

    def apply(self, **kwargs: Any) -> None:
        for failure in self.env.temp_data.get(FAILURE_KEY) or []:
            self._report(failure)

    def _report(self, failure: dict[str, Any]) -> None:
        what, todo = _describe(failure["reason"], failure["timeout"])
        culprit = failure["snippet"] or (
            "the page's hidden setup cell (docs/_ext/prelim/kernel/setup_cell.py)"
            if failure["role"] == SETUP
            else f"cell {failure['index']} of this page"
        )
        fw = failure.get("framework")
        cells = [
            c
            for c in self.document.findall(nodes.container)
            if c.get("nb_element") == "cell_code"
            and c["cell_index"] >= failure["index"]
            and (fw is None or c.get("cell_metadata", {}).get("framework") in (fw, None))
        ]
        at = next((c for c in cells if c["cell_index"] == failure["index"]), None)
        if at is not None and failure["snippet"] and (line := _interrupted_line(at)):
            culprit = f"{culprit}:{line}"
        logger.warning(
            f"{culprit}: {what}; the cells after it were not executed. To fix: {todo}",
            location=at if at is not None else (self.env.docname, 1),
            type="prelim",
            subtype="execution",
        )
        for cell in cells:
            meta = cell.get("cell_metadata", {})
            meta.pop("raises", None)  # never ran to the end: whether it raises is unknown
            if cell["cell_index"] == failure["index"]:
                cell += _admonition(f"This build stopped here: {culprit} {what}.")
            else:
                cell += _admonition(
                    f"Not executed: the build stopped at {culprit}, before this cell ran."
                )


def setup_execution_failures(app: Sphinx) -> None:
    app.add_transform(ExecutionFailures)
