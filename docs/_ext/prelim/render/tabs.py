"""Wrap each example's consecutive framework cells into a sphinx-design tab set.

Cells cannot be written inside a ``tab-item`` directive (myst-nb drops nested code
cells), so the cells stay top-level in the notebook and this transform moves them into
tabs afterwards. The tabs share the sync group ``framework``: one choice switches every
tab set on every page, sphinx-design remembers it, and ``?framework=jax`` selects one.
Code shown by a tab switch keeps its keyboard access (``static/prelim-tabstops.js``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.transforms import SphinxTransform
from sphinx_design.shared import create_component

from ..core.cells import is_example_cell
from ..core.frameworks import FRAMEWORKS
from ..core.priorities import priority

if TYPE_CHECKING:
    from sphinx.application import Sphinx

SYNC_GROUP = "framework"


def build_tab_set(example: str, cells: list[nodes.container]) -> nodes.container:
    tab_set = create_component("tab-set", classes=["sd-tab-set", "prelim-example"])
    tab_set["ids"] = ["example-" + nodes.make_id(example.split("/", 1)[-1])]
    tab_set["prelim_example"] = example
    for cell in cells:
        fw = FRAMEWORKS[cell["cell_metadata"]["framework"]]
        item = create_component("tab-item", classes=["sd-tab-item"], selected=False)
        label = nodes.rubric(fw.label, fw.label, classes=["sd-tab-label"])
        label["sync_id"], label["sync_group"] = fw.sync_id, SYNC_GROUP
        content = create_component("tab-content", classes=["sd-tab-content"])
        content += cell
        item += [label, content]
        tab_set += item
    return tab_set


class ExampleTabs(SphinxTransform):
    default_priority = priority("ExampleTabs")

    def apply(self, **kwargs: Any) -> None:
        parents = {id(c.parent): c.parent for c in self.document.findall(is_example_cell)}
        for parent in parents.values():
            self._wrap_runs(parent)

    @staticmethod
    def _wrap_runs(parent: nodes.Element) -> None:
        children, i = list(parent.children), 0
        out = []
        while i < len(children):
            node = children[i]
            if not is_example_cell(node):
                out.append(node)
                i += 1
                continue
            key = node["cell_metadata"]["example"]
            run = [node]
            while (
                i + len(run) < len(children)
                and is_example_cell(children[i + len(run)])
                and children[i + len(run)]["cell_metadata"]["example"] == key
            ):
                run.append(children[i + len(run)])
            tab_set = build_tab_set(key, run)
            tab_set.source, tab_set.line = node.source, node.line
            out.append(tab_set)
            i += len(run)
        parent.children = []
        parent.extend(out)


def setup_tabs(app: Sphinx) -> None:
    app.add_transform(ExampleTabs)
    # the theme's tab stops go stale when a tab is shown: see the script
    app.add_js_file("prelim-tabstops.js")
