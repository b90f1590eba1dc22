"""A meta description for every page: what a search result or a shared link shows.

Taken from the page's first paragraph of prose (not the provenance or download lines),
cut at a word boundary. A page that sets its own (``html_meta`` in its front matter)
keeps it.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING, Any

from docutils import nodes

if TYPE_CHECKING:
    from sphinx.application import Sphinx

MAX_CHARS = 160  # what search engines show of a description
_SKIP = (nodes.admonition, nodes.table, nodes.literal_block, nodes.field_list)
_SKIP_CLASSES = {"prelim-provenance", "prelim-downloads", "cell_output", "sd-tab-set"}


def _prose(paragraph: nodes.paragraph) -> bool:
    node = paragraph.parent
    while node is not None:
        if isinstance(node, _SKIP) or _SKIP_CLASSES & set(node.get("classes", [])):
            return False
        node = node.parent
    return True


def description(doctree: nodes.document) -> str | None:
    for para in doctree.findall(nodes.paragraph):
        text = re.sub(r"\s+", " ", para.astext()).strip()
        if len(text) >= 40 and _prose(para):
            if len(text) > MAX_CHARS:
                text = text[: MAX_CHARS - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"
            return text
    return None


def _add_description(
    app: Sphinx,
    pagename: str,
    templatename: str,
    context: dict[str, Any],
    doctree: nodes.document | None,
) -> None:
    if doctree is None or 'name="description"' in context.get("metatags", ""):
        return
    if text := description(doctree):
        context["metatags"] = (
            context.get("metatags", "")
            + f'\n<meta name="description" content="{html.escape(text)}" />'
        )


def setup_page_meta(app: Sphinx) -> None:
    app.connect("html-page-context", _add_description)
