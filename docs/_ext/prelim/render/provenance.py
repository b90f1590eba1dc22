"""Say on each page where its outputs came from: versions and the devices used.

The hidden provenance cell prints JSON from inside the page's kernel; this transform
turns it into a line at the top of the page, and adds a banner when the build executed
only some of the frameworks.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.transforms import SphinxTransform
from sphinx.util import logging

from ..core.cells import PROVENANCE, insert_under_title, last_json_line, role, stream_text
from ..core.environment import describe
from ..core.frameworks import FRAMEWORKS, SUBSET_VARIABLE
from ..core.priorities import priority
from ..core.reading import build_app
from .one_framework import in_the_pdf

if TYPE_CHECKING:
    from sphinx.application import Sphinx

logger = logging.getLogger(__name__)


class Provenance(SphinxTransform):
    default_priority = priority("Provenance")

    def apply(self, **kwargs: Any) -> None:
        for cell in list(self.document.findall(nodes.container)):
            if role(cell) == PROVENANCE:
                self._replace(cell)

    def _replace(self, cell: nodes.Element) -> None:
        data = last_json_line(stream_text(cell))
        if data is None:
            logger.warning(
                "the provenance cell produced no report (did the page's setup "
                "fail? an earlier warning says why)",
                location=cell,
                type="prelim",
                subtype="provenance",
            )
            cell.parent.remove(cell)
            return
        note = nodes.container(classes=["prelim-provenance"])
        para = nodes.paragraph()
        para += nodes.strong(text="Executed when this site was built: ")
        skipped = [fw.label for key, fw in FRAMEWORKS.items() if key not in data]
        # a PDF of one framework names that framework's version and device only
        para += nodes.Text(describe(in_the_pdf(data, self.config, build_app().builder)))
        note += para
        if skipped:
            warn = nodes.warning()
            warn += nodes.paragraph(
                text=(
                    f"This build did not execute {' or '.join(skipped)} (built with "
                    f"{SUBSET_VARIABLE}); those tabs are missing from this page. "
                    "The published site executes all three frameworks."
                )
            )
            note += warn
        self.env.metadata[self.env.docname]["prelim_provenance"] = json.dumps(data)
        cell.parent.remove(cell)
        insert_under_title(self.document, note)


def setup_provenance(app: Sphinx) -> None:
    app.add_transform(Provenance)
