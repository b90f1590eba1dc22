"""The download line: under the provenance line of each page with examples, links to the
chapter's notebooks (one per framework, and one of solutions per framework when it has
exercises), its snippets as a zip, and "Open in Colab" / "Open in Kaggle" beside each
notebook when the site names a repository to open them from.

Where each file lands is decided here (``notebook_path``, ``solutions_path``,
``zip_path``, ``published_path``); ``generate.downloads`` writes the files there when the
build finishes, and ``generate.pdfs`` adds the PDFs to the line when they were built. A
PDF (the LaTeX builder) has no such line: it links no files beside it.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.transforms import SphinxTransform
from sphinx.util.osutil import relative_uri

from ..core.cells import insert_under_title, is_example_cell
from ..core.frameworks import FRAMEWORKS
from ..core.priorities import priority
from .exercises import in_solution

if TYPE_CHECKING:
    from sphinx.application import Sphinx

#: the downloads' folder in the output folder
FOLDER = "downloads"
#: the class of the line's container (``generate.pdfs`` finds the line by it)
LINE_CLASS = "prelim-downloads"


def notebook_path(docname: str, framework: str) -> str:
    """Where a page's notebook for one framework lands, relative to the output folder."""
    name = PurePosixPath(docname).name
    return f"{FOLDER}/{docname}/{name}_{FRAMEWORKS[framework].sync_id}.ipynb"


def solutions_path(docname: str, framework: str) -> str:
    """The notebook of a page's exercise solutions for one framework."""
    name = PurePosixPath(docname).name
    return f"{FOLDER}/{docname}/{name}_solutions_{FRAMEWORKS[framework].sync_id}.ipynb"


def zip_path(docname: str) -> str:
    return f"{FOLDER}/{docname}/{PurePosixPath(docname).name}_snippets.zip"


def published_path(download: str) -> str:
    """Where the notebooks branch holds a notebook of the site (its path under downloads/).

    >>> published_path("downloads/calculus/calculus_jax.ipynb")
    'calculus/calculus_jax.ipynb'
    """
    return PurePosixPath(download).relative_to(FOLDER).as_posix()


def launch_links(repository: str, branch: str, download: str) -> list[tuple[str, str]]:
    """(text, URL) of the services that open a notebook of the site from its GitHub path.

    >>> for text, url in launch_links("me/prelim", "notebooks", "downloads/a/a_jax.ipynb"):
    ...     print(text, url)
    Open in Colab https://colab.research.google.com/github/me/prelim/blob/notebooks/a/a_jax.ipynb
    Open in Kaggle https://kaggle.com/kernels/welcome?src=https://github.com/me/prelim/blob/notebooks/a/a_jax.ipynb
    """
    path = f"{repository}/blob/{branch}/{published_path(download)}"
    return [
        ("Open in Colab", f"https://colab.research.google.com/github/{path}"),
        ("Open in Kaggle", f"https://kaggle.com/kernels/welcome?src=https://github.com/{path}"),
    ]


class DownloadLinks(SphinxTransform):
    """Put the download links under the provenance line of each page with examples."""

    default_priority = priority("DownloadLinks")

    def apply(self, **kwargs: Any) -> None:
        cells = list(self.document.findall(is_example_cell))
        if not cells:
            return
        present = {c["cell_metadata"]["framework"] for c in cells}
        docname = self.env.docname
        self.env.metadata[docname]["prelim_downloads"] = zip_path(docname)
        para = nodes.paragraph()
        para += nodes.strong(text="Download this chapter: ")
        links = [
            (f"{fw.label} notebook", notebook_path(docname, key))
            for key, fw in FRAMEWORKS.items()
            if key in present
        ]
        links.append(("all snippets as .py files (zip)", zip_path(docname)))
        solved = {c["cell_metadata"]["framework"] for c in cells if in_solution(c)}
        # the exercises' solutions: a notebook of their own per framework
        links += [
            (f"{fw.label} solutions", solutions_path(docname, key))
            for key, fw in FRAMEWORKS.items()
            if key in solved
        ]
        repository = self.config.prelim_notebooks_repository.strip()
        for i, (text, target) in enumerate(links):
            if i:
                para += nodes.Text(" · ")
            ref = nodes.reference(
                text, text, internal=True, refuri=target, classes=["prelim-download"]
            )
            ref["prelim_download"] = target  # made relative to the page when it is written
            para += ref
            if repository and target.endswith(".ipynb"):
                para += nodes.Text(" (")
                for j, (label, url) in enumerate(
                    launch_links(repository, self.config.prelim_notebooks_branch, target)
                ):
                    if j:
                        para += nodes.Text(", ")
                    para += nodes.reference(label, label, refuri=url, classes=["prelim-launch"])
                para += nodes.Text(")")
        box = nodes.container(classes=["prelim-downloads"])
        box += para
        provenance = next(
            self.document.findall(
                lambda n: isinstance(n, nodes.container) and "prelim-provenance" in n["classes"]
            ),
            None,
        )
        if provenance is not None:
            provenance.parent.insert(provenance.parent.index(provenance) + 1, box)
        else:
            insert_under_title(self.document, box)


def _resolve_links(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    if app.builder.format == "latex":  # a PDF links to no files beside it: no line at all
        for box in list(
            doctree.findall(
                lambda n: isinstance(n, nodes.container) and "prelim-downloads" in n["classes"]
            )
        ):
            box.parent.remove(box)
        return
    for ref in list(doctree.findall(nodes.reference)):
        target = ref.get("prelim_download")
        if not target:
            continue
        if app.builder.format != "html":  # no files to link to (a shard's dummy build)
            ref.replace_self(nodes.inline(ref.astext(), ref.astext(), classes=ref["classes"]))
            continue
        ref["refuri"] = relative_uri(app.builder.get_target_uri(docname), target)


def setup_download_line(app: Sphinx) -> None:
    app.add_transform(DownloadLinks)
    app.connect("doctree-resolved", _resolve_links)
