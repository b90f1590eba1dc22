"""The LaTeX build of one framework's PDF (``nox -s pdf``; ``render.one_framework`` picks
the cells).

With ``prelim_pdf_framework`` set, the first LaTeX document becomes that framework's
edition: its file is ``<stem>-<sync id>.tex`` (so the PDF is the one ``generate.pdfs``
looks for) and its release line ("The JAX edition", on the title page and in the running
head) says which framework it holds. Whatever the site sets, code never runs off the
page: verbatim lines wrap at spaces and punctuation, and a line with no such place is
broken anyway (``verbatimforcewraps``), each continuation marked; inline code breaks at
punctuation and underscores (long names in the reference tables' narrow columns).

Exercises may come with solutions (sphinx-exercise): in the book, each chapter's solutions
are moved to a "Solutions" section at the chapter's end.

The root document's toctrees with a caption are the book's parts ("Part I. The
preliminaries", ...): a ``\\part`` opens each before its first chapter (Sphinx keeps only
the toctrees of the root document in the book, and no caption).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from docutils import nodes
from sphinx import addnodes

from ..core.frameworks import FRAMEWORKS
from ..generate.pdfs import pdf_name
from ..render.one_framework import CONFIG, chosen_framework

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config

#: sphinxsetup keys that keep code on the page (Sphinx's LaTeX style, sphinx.sty)
WRAPPING = {
    "verbatimwrapslines": "true",
    "verbatimforcewraps": "true",
    "verbatimmaxoverfull": "1",
    "verbatimmaxunderfull": "2",
}

#: inline code (``\sphinxupquote``) breaks at . , ; ? ! / by Sphinx's rules; long names
#: such as ``tf.tensor_scatter_nd_update`` in a narrow table column need an underscore too
BREAK_AT_UNDERSCORE = r"""
% prelim.builder.latex: inline code may also break after an underscore (no @ in the names:
% \sphinxupquote reads its argument again with \scantokens)
\let\PrelimUpquote\sphinxupquote
\def\PrelimUnderscore{\discretionary{\textunderscore}{}{\textunderscore}}
\protected\def\sphinxupquote#1{\PrelimUpquote{\let\_\PrelimUnderscore#1}}
"""


def with_wrapping(sphinxsetup: str) -> str:
    """The site's sphinxsetup, with the wrapping keys it does not set itself.

    >>> with_wrapping("hmargin=2cm, verbatimforcewraps=false")  # doctest: +NORMALIZE_WHITESPACE
    'hmargin=2cm, verbatimforcewraps=false, verbatimwrapslines=true,
     verbatimmaxoverfull=1, verbatimmaxunderfull=2'
    """
    given = {part.split("=", 1)[0].strip() for part in sphinxsetup.split(",") if part.strip()}
    extra = [f"{key}={value}" for key, value in WRAPPING.items() if key not in given]
    return ", ".join(part for part in [sphinxsetup.strip(), *extra] if part)


def _edition(app: Sphinx, config: Config) -> None:
    elements = dict(config.latex_elements or {})
    elements["sphinxsetup"] = with_wrapping(elements.get("sphinxsetup", ""))
    if BREAK_AT_UNDERSCORE not in elements.get("preamble", ""):
        elements["preamble"] = elements.get("preamble", "") + BREAK_AT_UNDERSCORE
    config.latex_elements = elements
    framework = chosen_framework(config[CONFIG])
    if not framework or not config.latex_documents:
        return
    first = list(config.latex_documents[0])
    first[1] = pdf_name(config, framework).removesuffix(".pdf") + ".tex"
    config.latex_documents = [tuple(first), *config.latex_documents[1:]]
    # "The JAX edition" under the title on the first page and beside it in the running
    # head, which print the release name, a space, and the release (an empty release
    # name would be "Release")
    config.release = f"{FRAMEWORKS[framework].label} edition"
    elements["releasename"] = "The"
    config.latex_elements = elements


def is_solution(node: nodes.Node) -> bool:
    """A solution admonition (sphinx-exercise's ``solution_node``, or any element of class
    ``solution``)."""
    return isinstance(node, nodes.Element) and (
        type(node).__name__.startswith("solution") or "solution" in node.get("classes", [])
    )


def solutions_last(doctree: nodes.Node) -> int:
    """Move each chapter's solutions into a "Solutions" section at the chapter's end, so a
    reader of the book tries an exercise before seeing its answer. Returns how many moved.

    A chapter is one page of the site (``start_of_file`` in the assembled LaTeX tree)."""
    moved = 0
    for chapter in list(doctree.findall(addnodes.start_of_file)):
        # the outermost solutions of this page, not a subpage
        def own(node: nodes.Node, chapter: addnodes.start_of_file = chapter) -> bool:
            parent, outermost = node.parent, True
            while parent is not None and parent is not chapter:
                if isinstance(parent, addnodes.start_of_file):
                    return False
                outermost &= not is_solution(parent)
                parent = parent.parent
            return outermost

        found = [n for n in chapter.findall(is_solution) if own(n)]
        top = next((n for n in chapter.children if isinstance(n, nodes.section)), None)
        if not found or top is None:
            continue
        section = nodes.section(ids=[nodes.make_id(f"solutions-{chapter['docname']}")])
        section += nodes.title(text="Solutions")
        for node in found:
            node.parent.remove(node)
            section += node
        top += section
        moved += len(found)
    return moved


def _solutions_last(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    if app.builder.format == "latex":
        solutions_last(doctree)


def _parts(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """A ``\\part`` before the first chapter of each captioned toctree of the root."""
    if app.builder.format != "latex" or docname != app.config.root_doc:
        return
    from sphinx.util.texescape import escape

    first = {
        toc["entries"][0][1]: toc["caption"]
        for toc in app.env.get_doctree(docname).findall(addnodes.toctree)
        if toc.get("caption") and toc.get("entries")
    }
    for chapter in list(doctree.findall(addnodes.start_of_file)):
        if (caption := first.get(chapter["docname"])) is not None:
            title = re.sub(r"^Part [IVXLC]+\.\s*", "", caption)  # LaTeX numbers its parts
            part = nodes.raw("", f"\\part{{{escape(title)}}}\n", format="latex")
            chapter.parent.insert(chapter.parent.index(chapter), part)


def setup_latex(app: Sphinx) -> None:
    app.connect("config-inited", _edition, priority=600)  # after the site's own settings
    app.connect("doctree-resolved", _solutions_last)
    app.connect("doctree-resolved", _parts)
