"""The "Frameworks differ" callouts: after each example's tab set, one admonition per
difference ``snippets/differences.toml`` declares for it (``core.differences`` reads the
registry; the agreement tests hold it to the truth)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.transforms import SphinxTransform
from sphinx.util import logging

from ..core.differences import Difference, RegistryError, by_example, load, registry_path
from ..core.priorities import priority
from ..core.reading import build_app

if TYPE_CHECKING:
    from sphinx.application import Sphinx

logger = logging.getLogger(__name__)


def inline(text: str) -> list[nodes.Node]:
    """Registry text to inline nodes: `backticks` become code, the rest stays text.

    >>> [n.astext() for n in inline("use `x.at[i].set(v)` instead")]
    ['use ', 'x.at[i].set(v)', ' instead']
    """
    out = []
    for i, part in enumerate(text.split("`")):
        if part:
            out.append(nodes.literal(part, part) if i % 2 else nodes.Text(part))
    return out


def callout(diff: Difference) -> nodes.admonition:
    """The admonition shown right after an example's tabs."""
    note = nodes.admonition(classes=["prelim-difference", "attention"])
    note["prelim_difference"] = diff.id
    title = nodes.title()
    title += nodes.Text("Frameworks differ: ")
    title += inline(diff.title)
    note += title
    para = nodes.paragraph()
    para += inline(diff.reason)
    note += para
    aspects = nodes.paragraph(classes=["prelim-difference-aspects"])
    aspects += nodes.emphasis(
        text="Differs in: " + ", ".join(diff.aspects) + " (checked by the test suite)."
    )
    note += aspects
    return note


class DifferenceCallouts(SphinxTransform):
    """After each example's tab set, one callout per declared difference."""

    default_priority = priority("DifferenceCallouts")

    def apply(self, **kwargs: Any) -> None:
        tab_sets = [n for n in self.document.findall(nodes.container) if "prelim_example" in n]
        if not tab_sets:
            return
        path = registry_path(build_app())
        if path.exists():  # an edited registry re-reads the pages (a missing one would
            self.env.note_dependency(str(path))  # make them outdated on every build)
        try:
            registry = load(path.parent, Path(build_app().confdir))
        except RegistryError as err:
            logger.warning(
                f"{err}; fix the registry",
                type="prelim",
                subtype="differences",
                location=tab_sets[0],
            )
            return
        declared = by_example(registry)
        for tab_set in tab_sets:
            parent = tab_set.parent
            index = parent.index(tab_set)
            for offset, diff in enumerate(declared.get(tab_set["prelim_example"], []), 1):
                note = callout(diff)
                note.source, note.line = tab_set.source, tab_set.line
                parent.insert(index + offset, note)


def setup_callouts(app: Sphinx) -> None:
    app.add_transform(DifferenceCallouts)
