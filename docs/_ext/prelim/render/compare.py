"""The Compare view: every example's frameworks side by side, what differs marked.

A site-wide switch (``static/prelim-view.js``) chooses between the tabs sphinx-design
renders and Compare, where ``static/prelim-compare.css`` lays each example's tab set out
as columns, one per framework in the site's order, each with its own outputs under it.
Nothing is duplicated: the Compare rendering *is* the tab set, shown differently, so a
column's copy button, figures and alt texts are the tab's own. This post-transform gives
every example's tab set what Compare needs, in the HTML written at build time:

- a frame (``div.prelim-compare-frame``, the width the columns measure themselves by)
  and the switch above the tabs;
- the marking: each column's code is highlighted here, with Sphinx's own highlighter
  (same lexer, same style, same HTML), and the tokens that differ carry the extra class
  ``prelim-differs``, styled in Compare only.

The marking rule (``differing``): a token of a column is marked when it is a name,
number, string or operator and the same text is not a token of every column of the
example. Keywords, punctuation, comments and whitespace are never marked, so a line that
reads the same in all three columns has nothing marked.

It also emits valid markup for the tab sets: sphinx-design 0.8 puts ``aria-controls`` on
the tab's ``<label>``, where HTML does not allow it (the Nu HTML checker reports it);
here it goes on the tab's radio ``<input>``, which it describes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from docutils import nodes
from pygments import format as pygments_format
from pygments.filters import ErrorToken
from pygments.token import Comment, Keyword, Punctuation, Text
from pygments.util import ClassNotFound
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util import logging
from sphinx_design.tabs import depart_tab_input, depart_tab_label, sd_tab_input, sd_tab_label

from ..core.priorities import priority
from ..core.reading import build_app

if TYPE_CHECKING:
    from pygments.formatter import Formatter
    from pygments.token import _TokenType
    from sphinx.application import Sphinx
    from sphinx.highlighting import PygmentsBridge
    from sphinx.writers.html5 import HTML5Translator

logger = logging.getLogger(__name__)

#: the class a differing token gets (next to its Pygments class)
DIFFERS = "prelim-differs"
#: the Pygments subtype a differing token is given, so it keeps its own span
_SUBTYPE = "Prelimdiffers"
#: token kinds never marked: they are the frame of the code, not what it does
NEVER_MARKED = (Text, Comment, Punctuation, Keyword)
FRAME = "prelim-compare-frame"
#: a link's query that opens a page in the Compare view (and keeps it chosen, as
#: ``?framework=jax`` keeps a framework)
COMPARE_QUERY = "?view=compare"
#: the switch, before each example's tabs (hidden until prelim-view.js has run)
SWITCH = """<div class="prelim-view-bar">
<p class="prelim-compare-legend"><span class="prelim-differs-key">Highlighted</span>: \
not written the same in every framework</p>
<button type="button" class="prelim-view-switch" aria-pressed="false">\
<span class="prelim-view-switch-icon" aria-hidden="true"></span>Compare</button>
</div>
"""


def _significant(ttype: _TokenType, value: str) -> bool:
    return bool(value.strip()) and not any(ttype in kind for kind in NEVER_MARKED)


def differing(columns: list[list[tuple[_TokenType, str]]]) -> list[set[int]]:
    """For each column's Pygments tokens, the indices of the tokens to mark.

    >>> from pygments.lexers import PythonLexer
    >>> code = ["import torch\\nx = torch.arange(3)\\nx\\n",
    ...         "import jax.numpy as jnp\\nx = jnp.arange(3)\\nx\\n",
    ...         "import tensorflow as tf\\nx = tf.range(3)\\nx\\n"]
    >>> columns = [list(PythonLexer().get_tokens(c)) for c in code]
    >>> for col, marks in zip(columns, differing(columns)):
    ...     print([col[i][1] for i in sorted(marks)])
    ['torch', 'torch', 'arange']
    ['jax', 'numpy', 'jnp', 'jnp', 'arange']
    ['tensorflow', 'tf', 'tf', 'range']

    One column alone has nothing to differ from:

    >>> differing(columns[:1])
    [set()]
    """
    words = [{v.strip() for t, v in col if _significant(t, v)} for col in columns]
    shared = set.intersection(*words) if words else set()
    return [
        {i for i, (t, v) in enumerate(col) if _significant(t, v) and v.strip() not in shared}
        for col in columns
    ]


def _marking_formatter(highlighter: PygmentsBridge, block: nodes.literal_block) -> Formatter:
    """Sphinx's HTML formatter, giving a marked token the class ``prelim-differs`` too,
    with the options Sphinx would give it for ``block`` (its ``highlight_args``: the
    calls ``render.api_links`` links, say)."""

    # a base chosen at run time (the builder's formatter), which mypy cannot follow
    class Marking(highlighter.formatter):  # type: ignore[name-defined]
        def _get_css_classes(self, ttype: _TokenType) -> str:
            if ttype and ttype[-1] == _SUBTYPE:
                return f"{super()._get_css_classes(ttype.parent)} {DIFFERS}".strip()
            return cast(str, super()._get_css_classes(ttype))

    options = {k: v for k, v in block.get("highlight_args", {}).items() if k != "force"}
    return Marking(**options, **highlighter.formatter_args)


def _code_block(content: nodes.Element) -> nodes.literal_block | None:
    """The code of one tab: the literal block of its cell's input."""
    for block in content.findall(nodes.literal_block):
        parent = block.parent
        if parent is not None and "cell_input" in parent.get("classes", []):
            return block
    return None


class CompareView(SphinxPostTransform):
    """Each example's tab set gets its frame, its switch and its marked code."""

    default_priority = priority("CompareView")
    formats = ("html",)

    def run(self, **kwargs: Any) -> None:
        for tab_set in list(self.document.findall(nodes.container)):
            if "prelim_example" in tab_set:
                self._mark(tab_set)
                self._frame(tab_set)

    def _mark(self, tab_set: nodes.container) -> None:
        highlighter = getattr(build_app().builder, "highlighter", None)
        found = [
            _code_block(c) for c in tab_set.children if "sd-tab-content" in c.get("classes", [])
        ]
        blocks = [b for b in found if b is not None]
        if highlighter is None or not blocks or len(blocks) < len(found):
            return
        columns = []
        for block in blocks:
            lang = block.get("language", "default")
            if block.get("linenos") or block.rawsource != block.astext():
                return  # numbered or parsed code: left as Sphinx renders it
            try:
                lexer = highlighter.get_lexer(
                    block.rawsource, lang, self.config.highlight_options.get(lang, {})
                )
                columns.append((block, lang, list(lexer.get_tokens(block.rawsource))))
            except (ClassNotFound, ErrorToken) as err:  # Sphinx relexes it, unmarked
                logger.debug("prelim: %s not marked (%s)", tab_set["prelim_example"], err)
                return
        for (block, lang, tokens), marks in zip(
            columns, differing([c[2] for c in columns]), strict=True
        ):
            formatter = _marking_formatter(highlighter, block)
            marked = [(_mark_type(t) if i in marks else t, v) for i, (t, v) in enumerate(tokens)]
            classes = " ".join([f"highlight-{lang}", "notranslate", *block["classes"]])
            html = f'<div class="{classes}">' + pygments_format(marked, formatter) + "</div>\n"
            block.replace_self(nodes.raw(block.rawsource, html, format="html"))
        tab_set["classes"].append("prelim-compare")

    @staticmethod
    def _frame(tab_set: nodes.container) -> None:
        frame = nodes.container(classes=[FRAME])
        tab_set.parent.replace(tab_set, frame)  # not replace_self: it moves the ids
        frame += nodes.raw("", SWITCH, format="html")
        frame += tab_set


def _mark_type(ttype: _TokenType) -> _TokenType:
    return getattr(ttype, _SUBTYPE)


def visit_tab_input(self: HTML5Translator, node: nodes.Element) -> None:
    """sphinx-design's radio input, with the ``aria-controls`` its label cannot carry."""
    attributes = {
        "ids": [node["id"]],
        "type": node["type"],
        "name": node["set_id"],
        "aria-controls": f"{node['id']}-content",
    }
    if node["checked"]:
        attributes["checked"] = "checked"
    self.body.append(self.starttag(node, "input", **attributes))


def visit_tab_label(self: HTML5Translator, node: nodes.Element) -> None:
    """sphinx-design's tab label, without ``aria-controls`` (not allowed on a label)."""
    attributes = {"for": node["input_id"]}
    if "sync_id" in node and "sync_group" in node:
        attributes["data-sync-id"] = node["sync_id"]
        attributes["data-sync-group"] = node["sync_group"]
    self.body.append(self.starttag(node, "label", **attributes))


def setup_compare(app: Sphinx) -> None:
    app.add_post_transform(CompareView)
    app.add_node(sd_tab_input, override=True, html=(visit_tab_input, depart_tab_input))
    app.add_node(sd_tab_label, override=True, html=(visit_tab_label, depart_tab_label))
    app.add_css_file("prelim-compare.css")
    app.add_js_file("prelim-view.js")
