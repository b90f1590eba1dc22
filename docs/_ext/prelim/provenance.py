"""Say on each page where its outputs came from: versions and the devices used.

The hidden provenance cell prints JSON from inside the page's kernel; this transform
turns it into a line at the top of the page, and adds a banner when the build executed
only some of the frameworks.
"""

from __future__ import annotations

import json

from docutils import nodes
from sphinx.transforms import SphinxTransform
from sphinx.util import logging

from . import environment
from .examples import FRAMEWORKS

logger = logging.getLogger(__name__)


def describe(data: dict) -> str:
    parts = []
    for fw, (_suffix, label, *_names) in FRAMEWORKS.items():
        if fw in data:
            ver, device, kind = data[fw]
            same = kind.lower() in device.lower()
            parts.append(f"{label} {ver} on {device}" + ("" if same else f" ({kind})"))
    return "; ".join(parts) + f"; Python {data.get('python', '?')}."


class Provenance(SphinxTransform):
    default_priority = 420

    def apply(self, **kwargs):
        for cell in list(self.document.findall(nodes.container)):
            if cell.get("cell_metadata", {}).get("prelim") == "provenance":
                self._replace(cell)

    def _replace(self, cell):
        text = "".join(b.astext() for b in cell.findall(nodes.literal_block)
                       if "stream" in b["classes"])
        try:
            data = json.loads(text.strip().splitlines()[-1])
        except (ValueError, IndexError):
            logger.warning("the provenance cell produced no report (did the page's setup "
                           "fail? an earlier warning says why)", location=cell,
                           type="prelim", subtype="provenance")
            cell.parent.remove(cell)
            return
        note = nodes.container(classes=["prelim-provenance"])
        para = nodes.paragraph()
        para += nodes.strong(text="Executed when this site was built: ")
        para += nodes.Text(describe(data))
        note += para
        skipped = [FRAMEWORKS[fw][1] for fw in FRAMEWORKS if fw not in data]
        if skipped:
            warn = nodes.warning()
            warn += nodes.paragraph(text=(
                f"This build did not execute {' or '.join(skipped)} (built with "
                f"{environment.SUBSET_VARIABLE}); those tabs are missing from this page. "
                "The published site executes all three frameworks."))
            note += warn
        self.env.metadata[self.env.docname]["prelim_provenance"] = json.dumps(data)
        cell.parent.remove(cell)
        # under the page title, where the reader starts
        section = next(self.document.findall(nodes.section), None)
        if section is not None and isinstance(section[0], nodes.title):
            section.insert(1, note)
        else:
            self.document.insert(0, note)
