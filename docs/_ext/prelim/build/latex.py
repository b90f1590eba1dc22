"""The LaTeX build of one framework's PDF (``nox -s pdf``; ``render.one_framework`` picks
the cells).

With ``prelim_pdf_framework`` set, the first LaTeX document becomes that framework's
edition: its file is ``<stem>-<sync id>.tex`` (so the PDF is the one ``generate.pdfs``
looks for) and its release line ("The JAX edition", on the title page and in the running
head) says which framework it holds. Whatever the site sets, code never runs off the
page: verbatim lines wrap at spaces and punctuation, and a line with no such place is
broken anyway (``verbatimforcewraps``), each continuation marked.
"""

from __future__ import annotations

from ..core.frameworks import FRAMEWORKS
from ..generate.pdfs import pdf_name
from ..render.one_framework import CONFIG, chosen_framework

#: sphinxsetup keys that keep code on the page (Sphinx's LaTeX style, sphinx.sty)
WRAPPING = {"verbatimwrapslines": "true", "verbatimforcewraps": "true",
            "verbatimmaxoverfull": "1", "verbatimmaxunderfull": "2"}


def with_wrapping(sphinxsetup: str) -> str:
    """The site's sphinxsetup, with the wrapping keys it does not set itself.

    >>> with_wrapping("hmargin=2cm, verbatimforcewraps=false")  # doctest: +NORMALIZE_WHITESPACE
    'hmargin=2cm, verbatimforcewraps=false, verbatimwrapslines=true,
     verbatimmaxoverfull=1, verbatimmaxunderfull=2'
    """
    given = {part.split("=", 1)[0].strip() for part in sphinxsetup.split(",") if part.strip()}
    extra = [f"{key}={value}" for key, value in WRAPPING.items() if key not in given]
    return ", ".join(part for part in [sphinxsetup.strip(), *extra] if part)


def _edition(app, config):
    elements = dict(config.latex_elements or {})
    elements["sphinxsetup"] = with_wrapping(elements.get("sphinxsetup", ""))
    config.latex_elements = elements
    framework = chosen_framework(config[CONFIG])
    if not framework or not config.latex_documents:
        return
    first = list(config.latex_documents[0])
    first[1] = pdf_name(config, framework).removesuffix(".pdf") + ".tex"
    config.latex_documents = [tuple(first), *config.latex_documents[1:]]
    # under the title on the first page, and beside it in the running head
    config.release = f"The {FRAMEWORKS[framework].label} edition"
    elements.setdefault("releasename", "")
    config.latex_elements = elements


def setup_latex(app):
    app.connect("config-inited", _edition, priority=600)  # after the site's own settings
