"""Static files written before any page, so a page's links are the same in every build.

Sphinx adds a checksum (``?v=...``) to a CSS or JS link only when the file is already in
the output folder as the page is written. myst-nb writes its stylesheet, and we copied
MathJax, when the build finishes: a build into an empty folder then linked them bare and
a rebuild into the same folder with a checksum (measured: two lines of every page
differed). Written when the builder starts, they are linked with their checksum always.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from myst_nb.sphinx_ext import add_global_html_resources

from .mathjax import copy_mathjax

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def _write_early(app: Sphinx) -> None:
    if app.builder.format != "html":
        return
    (Path(app.outdir) / "_static").mkdir(parents=True, exist_ok=True)
    add_global_html_resources(app, None)  # myst-nb's own writer, called before the pages
    copy_mathjax(app)


def setup_early_assets(app: Sphinx) -> None:
    app.connect("builder-inited", _write_early)
