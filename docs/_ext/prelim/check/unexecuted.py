"""A page built without execution (``nox -s docs -- --no-exec``) says so, and is not
judged by its outputs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.transforms import SphinxTransform

from ..core.cells import PROVENANCE, insert_under_title, is_example_cell, page_was_executed, role
from ..core.priorities import priority

if TYPE_CHECKING:
    from sphinx.application import Sphinx


class MarkUnexecutedPages(SphinxTransform):
    """A page whose examples were not executed says so, and is not judged by its outputs."""

    default_priority = priority("MarkUnexecutedPages")

    def apply(self, **kwargs: Any) -> None:
        examples = list(self.document.findall(is_example_cell))
        if not examples or page_was_executed(self.env, self.env.docname):
            return
        for cell in examples:
            cell["cell_metadata"].pop("raises", None)  # nothing ran, nothing raised
        for cell in list(self.document.findall(nodes.container)):
            if role(cell) == PROVENANCE:
                cell.parent.remove(cell)  # it would report nothing, which is an error
        note = nodes.warning(classes=["prelim-not-executed"])
        para = nodes.paragraph()
        para += nodes.Text(
            "This build did not execute the examples on this page: each tab "
            "shows its code without output (built with "
        )
        para += nodes.literal(text="nox -s docs -- --no-exec")
        para += nodes.Text(", which sets ")
        para += nodes.literal(text='nb_execution_mode = "off"')
        para += nodes.Text("). The published site executes every example.")
        note += para
        insert_under_title(self.document, note)


def setup_unexecuted(app: Sphinx) -> None:
    app.add_transform(MarkUnexecutedPages)
