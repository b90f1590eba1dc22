"""The PDFs, one per framework, offered by the HTML site.

``nox -s pdf`` builds them (the LaTeX builder with ``prelim_pdf_framework``, see
``render.one_framework`` and ``build.latex``) into the folder ``prelim_pdf_folder``
names, as ``<stem>-<sync id>.pdf`` (the stem is the target of ``latex_documents``). An
HTML build that finds them there copies them to ``downloads/`` and links them from the
landing page (the ``{prelim-pdfs}`` directive) and from each chapter's download line
(``downloads``). A build that finds none links none: the default ``nox -s docs`` needs
no TeX. Which PDFs exist is a config value of kind "html", so their appearing rewrites
every page, and an incremental build never keeps a page without its links.
"""

from __future__ import annotations

import shutil
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from docutils import nodes
from sphinx.util.docutils import SphinxDirective
from sphinx.util.osutil import relative_uri

from ..core.frameworks import FRAMEWORKS
from ..render.downloads import LINE_CLASS

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config

FOLDER = "downloads"  # beside the chapters' notebooks and snippets (``downloads``)
FOLDER_CONFIG = "prelim_pdf_folder"  # where `nox -s pdf` leaves them; "" for none
FOUND = "prelim_pdfs"  # computed: the PDFs found there, by framework key


def stem(config: Config) -> str:
    """The PDFs' common name: the first LaTeX document's target, without ``.tex``."""
    documents = config.latex_documents or [("", "prelim.tex")]
    return PurePosixPath(documents[0][1]).stem


def pdf_name(config: Config, framework: str) -> str:
    """``<stem>-<sync id>.pdf``: the file a LaTeX build for ``framework`` writes."""
    return f"{stem(config)}-{FRAMEWORKS[framework].sync_id}.pdf"


def found_pdfs(config: Config) -> dict[str, str]:
    """Framework key -> PDF file name, for the PDFs in the configured folder."""
    folder = config[FOLDER_CONFIG]
    if not folder:
        return {}
    return {
        fw: pdf_name(config, fw)
        for fw in FRAMEWORKS
        if (Path(folder) / pdf_name(config, fw)).is_file()
    }


def pdf_target(name: str) -> str:
    """Where a PDF lands in the HTML output."""
    return f"{FOLDER}/{name}"


def pdf_links(app: Sphinx, docname: str) -> list[nodes.Node]:
    """``PyTorch · JAX · TensorFlow``, each linking its PDF (none when none was built)."""
    out: list[nodes.Node] = []
    for fw, name in app.config[FOUND].items():
        if out:
            out.append(nodes.Text(" · "))
        uri = relative_uri(app.builder.get_target_uri(docname), pdf_target(name))
        label = FRAMEWORKS[fw].label
        out.append(
            nodes.reference(
                label, label, internal=False, refuri=uri, classes=["prelim-download", "prelim-pdf"]
            )
        )
    return out


class prelim_pdfs(nodes.General, nodes.Element):  # noqa: N801 - docutils node naming
    """Placeholder for the landing page's PDF links, filled when the page is written."""


class PdfLinksDirective(SphinxDirective):
    """``{prelim-pdfs}``: a paragraph linking the PDFs, in an HTML build that has them."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        node = prelim_pdfs()
        self.set_source_info(node)
        return [node]


def _fill(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    for node in list(doctree.findall(prelim_pdfs)):
        links = pdf_links(app, docname) if app.builder.format == "html" else []
        if not links:
            node.parent.remove(node)  # no PDFs built, or this is one of them
            continue
        para = nodes.paragraph(classes=["prelim-pdfs"])
        para += nodes.strong(text="The whole site as a PDF, in one framework: ")
        para += links
        node.replace_self(para)


def _find(app: Sphinx, config: Config) -> None:
    config[FOUND] = found_pdfs(config)


def _copy(app: Sphinx) -> None:
    """Copy the PDFs found into the HTML output (unchanged ones are left alone)."""
    if app.builder.format != "html":
        return
    for name in app.config[FOUND].values():
        source = Path(app.config[FOLDER_CONFIG]) / name
        dest = Path(app.outdir) / pdf_target(name)
        if (
            dest.is_file()
            and dest.stat().st_size == source.stat().st_size
            and dest.stat().st_mtime >= source.stat().st_mtime
        ):
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, dest)


def _add_to_download_line(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """The download line (``render.downloads``) offers the whole site as a PDF too."""
    if app.builder.format != "html" or not (pdfs := pdf_links(app, docname)):
        return
    for para in doctree.findall(
        lambda n: (
            isinstance(n, nodes.paragraph)
            and isinstance(n.parent, nodes.container)
            and LINE_CLASS in n.parent["classes"]
        )
    ):
        para += nodes.Text(" · the whole site as a PDF: ")
        para += pdfs
        break


def setup_pdfs(app: Sphinx) -> None:
    app.connect("config-inited", _find)
    app.add_node(prelim_pdfs)
    app.add_directive("prelim-pdfs", PdfLinksDirective)
    app.connect("doctree-resolved", _fill)
    app.connect("doctree-resolved", _add_to_download_line)
    app.connect("builder-inited", _copy)
