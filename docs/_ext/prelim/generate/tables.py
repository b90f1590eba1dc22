"""What the generated pages and files share: the pages in reading order, a docutils table
from rows of text or nodes, and which pages this build read."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from docutils import nodes

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment


def page_order(env: BuildEnvironment) -> list[str]:
    """Pages in reading order (the toctree's), then any others by name."""
    order, stack = [], [env.config.root_doc]
    while stack:
        doc = stack.pop()
        if doc in order or doc not in env.found_docs:
            continue
        order.append(doc)
        stack.extend(reversed(env.toctree_includes.get(doc, [])))
    return order + sorted(env.found_docs - set(order))


def table(
    header: list[str], rows: list[list[Any]], classes: list[str], widths: list[int] | None = None
) -> nodes.table:
    """A table with a header row; a cell is text or a list of nodes (equal widths unless
    given)."""
    node = nodes.table(classes=classes)
    group = nodes.tgroup(cols=len(header))
    node += group
    group += [nodes.colspec(colwidth=w) for w in (widths or [1] * len(header))]
    head, body = nodes.thead(), nodes.tbody()
    group += [head, body]
    for section, cells_list in ((head, [header]), (body, rows)):
        for cells in cells_list:
            row = nodes.row()
            for cell in cells:
                para = nodes.paragraph()
                para += nodes.Text(cell) if isinstance(cell, str) else cell
                entry = nodes.entry()
                entry += para
                row += entry
            section += row
    return node


def pages_read(app: Sphinx) -> set[str] | None:
    """The pages this build read (None before reading starts)."""
    return getattr(app, "prelim_pages_read", None)


def outdated_with_any_page(app: Sphinx, pages: list[str]) -> list[str]:
    """``pages`` (made from every page's records) when this build read any page, else none.

    A build that read no page changed no record, so those pages would come out the same:
    leaving them alone saves writing them (and the root page whose toctree lists them) on
    an author's no-change rebuild.
    """
    return pages if pages_read(app) else []


def _note_pages_read(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    app.prelim_pages_read = set(docnames)  # type: ignore[attr-defined]  # kept on the app


def setup_tables(app: Sphinx) -> None:
    app.connect("env-before-read-docs", _note_pages_read)
