"""Read a MyST page into a notebook, expanding each example reference into its snippets.

A page refers to an example with one top-level cell::

    ```{code-cell}
    :example: arange
    ```

which becomes one code cell per framework, holding ``snippets/<page>/arange_<fw>.py``
verbatim, tagged with the example and framework so ``tabs`` can group them. Pages with
examples also get a hidden setup cell and a provenance cell at the top.
"""

from __future__ import annotations

import copy
from pathlib import Path

import nbformat as nbf
from myst_nb.core.read import read_myst_markdown_notebook
from myst_parser.config.main import MdParserConfig
from sphinx.util import logging

from . import environment
from .examples import ROOT, Example, SnippetError, relative

logger = logging.getLogger(__name__)
HERE = Path(__file__).parent
KERNELSPEC = {"name": "python3", "display_name": "Python 3", "language": "python"}

#: set by the extension's setup: the Sphinx app, for the page being read and the config
APP = None


#: the hidden setup cell: the frameworks, then path hiding (kernel_paths.py says why)
SETUP_FILES = ("kernel_setup.py", "kernel_paths.py")


def _hidden_cell(filenames, tags: list[str], role: str, frameworks, fingerprint: str):
    source = "\n\n".join((HERE / name).read_text(encoding="utf-8") for name in filenames)
    header = f"# build environment: {fingerprint}\nFRAMEWORKS = {tuple(frameworks)!r}\n"
    return nbf.v4.new_code_cell(header + source, metadata={"tags": tags, "prelim": role})


def read_page(text: str) -> nbf.NotebookNode:
    """The notebook reader registered for ``.md`` (``nb_custom_formats`` in conf.py)."""
    env = APP.env if APP else None
    docname = env.docname if env else ""
    chapter = Path(docname).name
    extensions = set(APP.config.myst_enable_extensions) if APP else set()
    nb = read_myst_markdown_notebook(
        text, config=MdParserConfig(enable_extensions=extensions), add_source_map=True)
    nb.metadata.setdefault("kernelspec", KERNELSPEC)
    frameworks = environment.selected_frameworks()
    base = Path(APP.confdir) if APP else ROOT
    snippets_root = base / (APP.config.prelim_snippets if APP else "snippets")
    cells, source_map, examples = [], [], []
    for cell, line in zip(nb.cells, nb.metadata["source_map"], strict=True):
        name = cell.metadata.get("example") if cell.cell_type == "code" else None
        if not name:
            cells.append(cell)
            source_map.append(line)
            continue
        if cell.source.strip():
            logger.warning(f"an example cell takes no code, only `:example: {name}`: the "
                           "code lives in the snippet files", location=(docname, line),
                           type="prelim", subtype="example")
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
            for name in (*SETUP_FILES, "provenance_cell.py"):
                env.note_dependency(str(HERE / name))
        fp = environment.fingerprint(frameworks)
        cells[:0] = [
            _hidden_cell(SETUP_FILES, ["remove-cell"], "setup", frameworks, fp),
            _hidden_cell(("provenance_cell.py",), ["remove-input"], "provenance", frameworks,
                         fp),
        ]
        source_map[:0] = [1, 1]
        nb.metadata["prelim"] = {"frameworks": list(frameworks),
                                 "examples": [e.key for e in examples]}
    elif not any(c.cell_type == "code" for c in cells):
        nb.metadata["mystnb"] = {"execution_mode": "off"}  # prose only: start no kernel
    nb.cells = cells
    nb.metadata["source_map"] = source_map
    return nb
