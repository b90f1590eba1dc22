"""Links from the framework calls in an example's code to the framework's reference page.

While a page is read, each example cell's code is given the calls it makes (``core.
rosetta``: the same extraction the Rosetta index shows), as written there and with their
pages (``core.api_pages``), in its literal block's ``highlight_args``: Sphinx hands
those to the highlighter's formatter. The HTML builder's formatter is this module's
``LinkingFormatter``: it reads the Pygments tokens, and each run of them that spells a
call (``torch.arange``, ``jnp.linalg.vector_norm``, ``@tf.function``) becomes a link
wrapping that run's spans. The links come from the tokens, in the highlighting pass, not
from the HTML afterwards; the code's text, and so what the copy button copies, does not
change. The Compare view highlights its columns with the same formatter
(``render.compare``), so its code links the same way. Methods (``x.sum()``) cannot be
attributed to a framework from the code and are not linked; a LaTeX build links nothing.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from typing import IO, TYPE_CHECKING, Any

from docutils import nodes
from pygments.token import Name, Operator
from sphinx.transforms import SphinxTransform

from ..core.api_pages import api_url, full_name
from ..core.cells import is_example_cell
from ..core.priorities import priority
from ..core.rosetta import resolve, written_calls

if TYPE_CHECKING:
    from pygments.token import _TokenType
    from sphinx.application import Sphinx

#: the formatter option (and ``highlight_args`` key) holding a block's calls:
#: {as written: [url, full name]}
OPTION = "prelim_api"
#: the tokens a call's name is made of (their spans: n, nd, nb, nn, nc, nf) and its dots
_NAME_TYPES = (Name, Name.Decorator, Name.Builtin, Name.Namespace, Name.Class, Name.Function)
_WORD = re.compile(r"@?\w+")
#: markers the formatter puts in a link's first and last token, replaced by the link's
#: tags once Pygments has made the spans (private-use characters: never in code)
_OPEN, _SEP, _CLOSE = "\ue000", "\ue001", "\ue002"


def _base(ttype: _TokenType) -> _TokenType:
    """A token's type without the Compare view's marking (``render.compare`` gives a
    token that differs a subtype of its own type)."""
    return ttype.parent if ttype and ttype[-1].startswith("Prelim") else ttype


def _is_name(ttype: _TokenType, value: str) -> bool:
    return _base(ttype) in _NAME_TYPES and _WORD.fullmatch(value) is not None


def _is_dot(ttype: _TokenType, value: str) -> bool:
    return value == "." and _base(ttype) in (Operator, Name.Decorator)


def link_runs(
    tokens: list[tuple[_TokenType, str]], calls: dict[str, list[str]]
) -> list[tuple[int, int, str, str]]:
    """(first, last, url, full name) of each run of tokens that spells a call in ``calls``.

    A run is a name, then any number of dot and name pairs, taken as long as it goes
    (``torch.linalg.norm``, never ``torch.linalg`` within it); ``@`` of a decorator is
    not part of the call's name.

    >>> from pygments.lexers import PythonLexer
    >>> tokens = list(PythonLexer().get_tokens("y = jnp.sum(x)\\n"))
    >>> [(tokens[a][1], tokens[b][1], full) for a, b, _, full in
    ...  link_runs(tokens, {"jnp.sum": ["https://x", "jax.numpy.sum"]})]
    [('jnp', 'sum', 'jax.numpy.sum')]
    """
    runs = []
    i = 0
    while i < len(tokens):
        if not _is_name(*tokens[i]):
            i += 1
            continue
        j = i
        while j + 2 < len(tokens) and _is_dot(*tokens[j + 1]) and _is_name(*tokens[j + 2]):
            j += 2
        written = "".join(v for _, v in tokens[i : j + 1]).lstrip("@")
        if written in calls:
            url, full = calls[written]
            runs.append((i, j, url, full))
        i = j + 1
    return runs


def linking(formatter_class: Any) -> type[Any]:
    """``formatter_class`` (Sphinx's HTML formatter) linking the calls in its option
    ``prelim_api``: each run of tokens that spells one wraps its spans in a link."""

    class LinkingFormatter(formatter_class):
        def format_unencoded(
            self, tokensource: Iterable[tuple[_TokenType, str]], outfile: IO[str]
        ) -> Any:  # what Pygments' returns
            calls = self.options.get(OPTION)
            if not calls:
                return super().format_unencoded(tokensource, outfile)
            tokens = list(tokensource)
            self._prelim_links: list[tuple[str, str]] = []
            for first, last, url, full in link_runs(tokens, calls):
                key = len(self._prelim_links)
                self._prelim_links.append((url, full))
                ttype, value = tokens[first]
                tokens[first] = (ttype, f"{_OPEN}{key}{_SEP}{value}")
                ttype, value = tokens[last]
                tokens[last] = (ttype, value + _CLOSE)
            return super().format_unencoded(iter(tokens), outfile)

        def _format_lines(
            self, tokensource: Iterable[tuple[_TokenType, str]]
        ) -> Iterator[tuple[int, str]]:
            links = getattr(self, "_prelim_links", None)
            for kind, line in super()._format_lines(tokensource):
                if links and _OPEN in line:
                    line = self._link(line, links)
                yield kind, line

        @staticmethod
        def _link(line: str, links: list[tuple[str, str]]) -> str:
            """The marked runs of a line as links around their spans (a run whose ends
            Pygments merged into a neighbouring span is left unlinked)."""
            out = []
            pos = 0
            for match in re.finditer(rf"{_OPEN}(\d+){_SEP}", line):
                out.append(line[pos : match.start()])
                pos = match.end()
                url, full = links[int(match.group(1))]
                opener = re.search(r'<span class="[^"]*">$', out[-1])
                close = line.find(_CLOSE, pos)
                if opener and close != -1 and line.startswith("</span>", close + 1):
                    tag = (
                        f'<a class="prelim-api" href="{html.escape(url)}" '
                        f'data-api="{html.escape(full)}">'
                    )
                    out[-1] = out[-1][: opener.start()] + tag + opener.group(0)
                    out.append(line[pos:close] + "</span></a>")
                    pos = close + len(_CLOSE) + len("</span>")
            out.append(line[pos:])
            return "".join(out).replace(_CLOSE, "")

    return LinkingFormatter


def calls_of(code: str, page: dict[str, str] | None = None) -> dict[str, list[str]]:
    """The framework calls to link in a snippet, as written -> [its page, its full name].

    Its own calls, and the calls other snippets of the page make that this one names too
    without calling them (``torch.exp`` in ``for f in (torch.exp, torch.log)``), when its
    imports give that name the same meaning (a ``norm`` imported from torch is never
    linked to ``tf.norm``).

    >>> calls_of("import jax.numpy as jnp\\njnp.sum(jnp.ones(2))")  # doctest: +ELLIPSIS
    {'jnp.sum': ['https://docs.jax.dev/.../jax.numpy.sum.html', 'jax.numpy.sum'], ...}
    >>> list(calls_of("import torch\\nfs = (torch.exp,)", {"torch.exp": "torch.exp"}))
    ['torch.exp']
    >>> calls_of("from torch.linalg import vector_norm as norm\\nfs = (norm,)",
    ...          {"norm": "tf.norm"})
    {}
    """
    try:
        found = written_calls(code)
        found.update(
            (w, n)
            for w, n in (page or {}).items()
            if w not in found and resolve(w, code) == full_name(n)
        )
    except SyntaxError:
        return {}  # the page's output checks report it
    return {w: [url, full_name(n)] for w, n in found.items() if (url := api_url(n))}


def _code_blocks(document: nodes.document) -> list[nodes.literal_block]:
    """The literal blocks of the example cells' code (not the prose's doctest blocks)."""
    return [
        block
        for cell in document.findall(is_example_cell)
        for container in cell.findall(nodes.container)
        if container.get("nb_element") == "cell_code_source"
        for block in container.findall(nodes.literal_block)
    ]


class CollectApiCalls(SphinxTransform):
    """Give each example cell's code the calls it makes, for the highlighter to link."""

    default_priority = priority("CollectApiCalls")

    def apply(self, **kwargs: Any) -> None:
        blocks = _code_blocks(self.document)
        page: dict[str, str] = {}
        for block in blocks:
            try:
                page.update(written_calls(block.astext()))
            except SyntaxError:
                continue
        for block in blocks:
            if calls := calls_of(block.astext(), page):
                block.setdefault("highlight_args", {})[OPTION] = calls


def _install_formatter(app: Sphinx) -> None:
    highlighter = getattr(app.builder, "highlighter", None)
    if app.builder.format == "html" and highlighter is not None and highlighter.dest == "html":
        highlighter.formatter = linking(highlighter.formatter)


def setup_api_links(app: Sphinx) -> None:
    app.add_transform(CollectApiCalls)
    app.connect("builder-inited", _install_formatter)
