"""Links from the framework calls in an example's code to the framework's reference page.

While a page is read, the calls its snippets make are collected (``core.rosetta``: the
same extraction the Rosetta index shows); when the page is written, each of those names
in the highlighted code of an example cell (``torch.arange``, ``jnp.linalg.vector_norm``,
``@tf.function``) becomes a link to its page (``core.api_pages``). Pygments has already
turned the code into spans by then, so the link wraps the spans of the dotted name; the
code's text, and so what the copy button copies, does not change. Methods (``x.sum()``)
cannot be attributed to a framework from the code and are not linked.
"""

from __future__ import annotations

import html
import json
import re

from docutils import nodes
from sphinx.transforms import SphinxTransform

from ..core.api_pages import api_url, full_name
from ..core.cells import is_example_cell
from ..core.rosetta import written_calls

#: env.metadata key: the page's framework calls as written -> their names, as JSON
METADATA = "prelim_api_calls"
#: one name in Pygments' Python spans (a decorator's is `nd` and starts with @); the
#: Compare view's marking (render.compare) may add a class
_MARK = r"(?: prelim-differs)?"
_NAME = rf'<span class="(?:n|nd|nb|nn|nc|nf){_MARK}">@?\w+</span>'
_DOT = rf'<span class="(?:o|nd){_MARK}">\.</span>'
_CHAIN = re.compile(rf"{_NAME}(?:{_DOT}{_NAME})*")
_WORD = re.compile(r'<span class="[a-z]+(?: [\w-]+)*">@?(\w+)</span>')
#: the highlighted code of a notebook cell (doctest blocks in prose are not example code)
_CELL_CODE = re.compile(r'(<div class="highlight-ipython3 notranslate"><div class="highlight">'
                        r"<pre>)(.*?)(</pre>)", re.S)


class CollectApiCalls(SphinxTransform):
    """Note the framework calls the page's example cells make."""

    default_priority = 417  # after the tabs (410) and callouts (416); reads cells only

    def apply(self, **kwargs):
        found: dict[str, str] = {}
        for cell in self.document.findall(is_example_cell):
            code = "".join(b.astext() for c in cell.findall(nodes.container)
                           if c.get("nb_element") == "cell_code_source"
                           for b in c.findall(nodes.literal_block))
            try:
                found.update((w, n) for w, n in written_calls(code).items() if api_url(n))
            except SyntaxError:
                continue  # the page's output checks report it
        if found:
            self.env.metadata[self.env.docname][METADATA] = json.dumps(found, sort_keys=True)


def link_calls(code_html: str, names: dict[str, str]) -> str:
    """The highlighted code with each call in ``names`` (as written -> its name) linked.

    >>> span = '<span class="n">{}</span>'
    >>> dot = '<span class="o">.</span>'
    >>> code = span.format("jnp") + dot + span.format("arange") + '<span class="p">(</span>'
    >>> link_calls(code, {"jnp.arange": "jnp.arange"})  # doctest: +ELLIPSIS
    '<a class="prelim-api" href="https://docs.jax.dev/.../jax.numpy.arange.html" ...
    >>> link_calls(span.format("x"), {"jnp.arange": "jnp.arange"})  # not a call: untouched
    '<span class="n">x</span>'
    """
    def link(match: re.Match) -> str:
        written = ".".join(_WORD.findall(match.group(0)))
        name = names.get(written)
        if name is None or (url := api_url(name)) is None:
            return match.group(0)
        return (f'<a class="prelim-api" href="{html.escape(url)}" '
                f'data-api="{html.escape(full_name(name))}">{match.group(0)}</a>')

    return _CHAIN.sub(link, code_html)


def _link_page(app, pagename, templatename, context, doctree):
    names = json.loads(app.env.metadata.get(pagename, {}).get(METADATA, "{}"))
    if not names or "body" not in context:
        return
    context["body"] = _CELL_CODE.sub(
        lambda m: m.group(1) + link_calls(m.group(2), names) + m.group(3), context["body"])


def setup_api_links(app):
    app.add_transform(CollectApiCalls)
    app.connect("html-page-context", _link_page)
