"""Read a MyST page into a notebook, expanding each example reference into its snippets.

A page refers to an example with one top-level cell::

    ```{code-cell}
    :example: arange
    ```

which becomes one code cell per framework, holding ``snippets/<page>/arange_<fw>.py``
verbatim, tagged with the example and framework so ``render.tabs`` can group them. Pages
with examples also get the build's hidden cells (``hidden_cells``).
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, cast

import nbformat as nbf
from myst_nb.core.read import MystMetadataParsingError, read_myst_markdown_notebook
from myst_parser.config.main import MdParserConfig
from sphinx.errors import SphinxError
from sphinx.util import logging

from ..core import bundles, exercises
from ..core.environment import fingerprint
from ..core.frameworks import selected_frameworks
from ..core.reading import current_app, setup_reading
from ..core.snippets import ROOT, Example, SnippetError, relative
from . import hidden_cells

if TYPE_CHECKING:
    from sphinx.application import Sphinx

logger = logging.getLogger(__name__)
KERNELSPEC = {"name": "python3", "display_name": "Python 3", "language": "python"}


class PageError(SphinxError):
    category = "Page error"


def _read_markdown(text: str, extensions: set[str], page: Path | None) -> nbf.NotebookNode:
    """myst-nb's reader, its one unexplained failure made clear: cell options that are not
    valid YAML (most often an `:alt:` text holding ": ") stop the whole build with a
    message naming neither the page nor the fix."""
    try:
        return cast(
            nbf.NotebookNode,
            read_myst_markdown_notebook(
                text, config=MdParserConfig(enable_extensions=extensions), add_source_map=True
            ),
        )
    except MystMetadataParsingError as err:
        found = re.search(r"at line (\d+) could not be read: (?:.*?msg='([^']*)')?", str(err))
        line, why = (found.group(1), found.group(2)) if found else ("", "")
        app = current_app()
        where = relative(page, app.confdir if app else None) if page else "this page"
        raise PageError(
            f"{where}:{line}: the options of this code cell cannot be read "
            f"({why or err}). Write one `:name: value` per line, and quote a value that "
            'holds a colon followed by a space: :alt: "Density of x2: the curve..."'
        ) from None


def read_page(text: str) -> nbf.NotebookNode:
    """The notebook reader registered for ``.md`` (``nb_custom_formats`` in conf.py); the
    build reading the page is ``core.reading``'s (none in a test that reads a page alone)."""
    app = current_app()
    env = app.env if app else None
    docname = env.docname if env else ""
    chapter = Path(docname).name
    extensions = set(app.config.myst_enable_extensions) if app else set()
    nb = _read_markdown(text, extensions, env.doc2path(docname) if env else None)
    nb.metadata.setdefault("kernelspec", KERNELSPEC)
    frameworks = selected_frameworks()
    base = Path(app.confdir) if app else ROOT
    snippets_root = base / (app.config.prelim_snippets if app else "snippets")
    page_cells, page_map = nb.cells, nb.metadata["source_map"]
    if app is not None and getattr(app.config, exercises.HIDE, False):
        # the teacher's build: solutions are cut before anything expands or executes
        page_cells, page_map, withheld = exercises.withhold_solutions(page_cells, page_map)
        if env is not None:
            env.metadata[docname][exercises.WITHHELD] = json.dumps(
                [f"{chapter}/{name}" for name in withheld]
            )
    cells, source_map, examples = [], [], []
    for cell, line in zip(page_cells, page_map, strict=True):
        name = cell.metadata.get("example") if cell.cell_type == "code" else None
        if not name:
            cells.append(cell)
            source_map.append(line)
            continue
        if cell.source.strip():
            logger.warning(
                f"an example cell takes no code, only `:example: {name}`: the "
                "code lives in the snippet files",
                location=(docname, line),
                type="prelim",
                subtype="example",
            )
        example = Example(chapter, str(name), snippets_root)
        if env is not None:
            # myst-nb does not register loaded files: without this, editing a snippet
            # would leave its page stale. A missing file keeps the page outdated too.
            for fw in frameworks:
                env.note_dependency(str(example.path(fw)))
        try:
            snippets = example.snippets(frameworks)
        except SnippetError as err:
            logger.warning(str(err), location=(docname, line), type="prelim", subtype="snippet")
            continue
        examples.append(example)
        for fw, snip in snippets.items():
            meta = copy.deepcopy(dict(cell.metadata))
            meta.pop("alt", None)
            meta.update(example=example.key, framework=fw, snippet=relative(snip.path, base))
            tags = list(meta.get("tags", []))
            if snip.raises:
                meta["raises"] = snip.raises
                tags.append("raises-exception")
            meta["tags"] = tags
            if alt := cell.metadata.get("alt"):
                meta.setdefault("mystnb", {})["image"] = {"alt": str(alt)}
            cells.append(nbf.v4.new_code_cell(snip.source, metadata=meta))
            source_map.append(line)
    if examples:
        if env is not None:
            for path in hidden_cells.KERNEL_FILES:
                env.note_dependency(str(path))
        plain = [
            line
            for cell, line in zip(cells, source_map, strict=True)
            if cell.cell_type == "code" and "framework" not in cell.metadata
        ]
        for line in plain:
            logger.warning(
                "a code cell on a page with examples must be an example "
                "(`:example: name`, its code in snippets/): each framework's "
                "cells execute apart, so a plain cell would belong to none",
                location=(docname, line),
                type="prelim",
                subtype="example",
            )
        leading = hidden_cells.leading_cells(frameworks, _environment(app, docname, frameworks))
        cells[:0] = leading
        source_map[:0] = [1] * len(leading)
        cells.append(hidden_cells.result_types_report_cell())
        source_map.append(1)
        nb.metadata["prelim"] = {
            "frameworks": list(frameworks),
            "examples": [e.key for e in examples],
        }
    elif not any(c.cell_type == "code" for c in cells):
        nb.metadata["mystnb"] = {"execution_mode": "off"}  # prose only: start no kernel
    nb.cells = cells
    nb.metadata["source_map"] = source_map
    return nb


def _environment(app: Sphinx | None, docname: str, frameworks: Iterable[str]) -> str:
    """What the page's hidden cells name as its environment, so the execution cache keys
    the page by it: this machine's fingerprint, or, rendering from bundles, the runs of
    the page's units there (another bundle, other outputs: another key)."""
    folders = bundles.executed_folders(app.config.prelim_executed) if app else []
    if not folders:
        return fingerprint(frameworks)
    if app is not None and app.env is not None:
        for folder in folders:  # a new bundle re-reads the pages
            app.env.note_dependency(str((folder / bundles.INDEX).absolute()))
    runs = bundles.runs(folders, docname, frameworks)
    return "units executed elsewhere: " + " ".join(f"{fw}={run}" for fw, run in runs.items())


def setup_page(app: Sphinx) -> None:
    # the reader, and the executor myst-nb calls after it, learn which build reads a page
    setup_reading(app)
