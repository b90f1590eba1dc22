"""Downloads for learners: the files the download line (``render.downloads``) links to.

- ``downloads/<page>/<page>_<framework>.ipynb`` (one per framework: the page's prose and
  that framework's cells only, with the outputs the build produced), and
- ``downloads/<page>/<page>_snippets.zip`` (every snippet file of the page, as .py files);
- ``downloads/<page>/<page>_solutions_<framework>.ipynb`` when the page has exercises: the
  chapter notebooks carry the exercises, their solutions are in these (``core.exercises``).

"Open in Colab" and "Open in Kaggle" open a notebook from a GitHub path, not from the
site, so the Pages workflow commits the built notebooks to the branch
``prelim_notebooks_branch`` (``tools/publish_notebooks.py`` lays them out with
``render.downloads.published_path``, the function the links are made with).

Each notebook installs nothing: its first code cell prints the version of the framework
the chapter was built with and the one it finds, and says so when they differ.

A PDF (the LaTeX builder) has no such line: it links no files beside it.

myst-nb writes each page's notebook to ``<outdir>/../jupyter_execute/<page>.ipynb``, with
outputs only when it executed the page in this build (myst-nb 1.4 writes a page served
from the execution cache without them, so we take those from the cache, as myst-nb
does). When the build finishes we split it by framework, drop the hidden setup and
provenance cells, clean outputs the way the page does (no framework log lines, no local
paths) and give the cells stable ids, so two builds give the same files.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, cast

import nbformat
from nbformat import NotebookNode
from sphinx.util import logging

from ..core import exercises
from ..core.cells import PROVENANCE, last_json_line
from ..core.environment import describe
from ..core.frameworks import FRAMEWORKS
from ..core.output_text import scrub_paths, strip_log_lines
from ..render.downloads import notebook_path, solutions_path, zip_path
from .tables import pages_read

if TYPE_CHECKING:
    from sphinx.application import Sphinx

logger = logging.getLogger(__name__)

#: fixed timestamp for zip members: the archive's bytes depend on the snippets only
ZIP_DATE = (1980, 1, 1, 0, 0, 0)


# -- the files ----------------------------------------------------------------------------


def _clean_output(output: NotebookNode) -> NotebookNode | None:
    """The output as the page shows it: no framework log lines, no paths of this machine."""
    kind = output.get("output_type")
    if kind == "stream":
        text = strip_log_lines(output["text"]) if output.get("name") == "stderr" else output["text"]
        if not text.strip():
            return None
        output["text"] = scrub_paths(text)
    elif kind == "error":
        output["evalue"] = scrub_paths(output["evalue"])
        output["traceback"] = [scrub_paths(line) for line in output["traceback"]]
    elif kind in ("execute_result", "display_data"):
        data = output.get("data", {})
        for mime in ("text/plain", "text/html", "text/markdown"):
            if isinstance(data.get(mime), str):
                data[mime] = scrub_paths(data[mime])
    return output


def _provenance(nb: NotebookNode) -> dict[str, Any]:
    for cell in nb.cells:
        if cell.get("metadata", {}).get("prelim") == PROVENANCE:
            text = "".join(
                o.get("text", "")
                for o in cell.get("outputs", [])
                if o.get("output_type") == "stream"
            )
            return last_json_line(text) or {}
    return {}


_ROLE = re.compile(r"\{(?:doc|ref|numref|term)\}`([^`<]*?)\s*(?:<([^>`]*)>)?`")


def plain_markdown(text: str) -> str:
    """MyST cross-references as Jupyter can show them.

    >>> plain_markdown("see {doc}`autograd` and {ref}`the rules <rules>`")
    'see *autograd* and *the rules*'
    """
    return _ROLE.sub(lambda m: f"*{m.group(1).strip() or m.group(2)}*", text)


#: the tag of a notebook's first code cell, which compares the framework's versions
VERSIONS_TAG = "versions"


def _installed(framework: str) -> str | None:
    """The framework's version in this environment (a build that executed nothing)."""
    from importlib import metadata

    try:
        return metadata.version(FRAMEWORKS[framework].distribution).split("+")[0]
    except metadata.PackageNotFoundError:
        return None


def version_cell(framework: str, built: str) -> str:
    """The notebook's first code cell: the version it was built with, the one it finds.

    It installs nothing (whatever the reader has stays as it is) and says plainly when
    the versions differ, since the outputs below came from the one it was built with.
    """
    package = FRAMEWORKS[framework].distribution
    label = FRAMEWORKS[framework].label
    return f"""\
# This notebook installs nothing: it runs with the {label} you have. Its outputs were
# produced with the version below when the site was built.
from importlib.metadata import PackageNotFoundError, version

built = {{"{package}": "{built}"}}
for package, built_with in built.items():
    try:
        found = version(package)
    except PackageNotFoundError:
        found = None
    print(f"{{package}}: the outputs below were made with {{built_with}}; found here: {{found}}")
    if found is None:
        print(f"{{package}} is not installed here: install it (pip install "
              f"{{package}}=={{built_with}}) and restart the kernel to run this notebook.")
    elif found.split("+")[0] != built_with:
        print(f"Versions differ: {{package}} {{found}} is not {{built_with}}, so what you "
              "get when you run the cells may differ from the outputs shown.")
"""


def framework_notebook(nb: NotebookNode, framework: str, title: str, project: str) -> NotebookNode:
    """The page's prose and one framework's cells, with their outputs."""
    label = FRAMEWORKS[framework].label
    data = _provenance(nb)
    ran = ""
    if framework in data:
        ran = " Every output was produced when the site was built: " + describe(
            {framework: data[framework], "python": data.get("python", "?")}
        )
    intro = (
        f"> The {label} version of the chapter *{title}* from *{project}*: the "
        f"chapter's text and its {label} examples.{ran} Each code cell is a complete "
        "program: run it, change it, run it again."
    )
    cells = [nbformat.v4.new_markdown_cell(intro)]
    built = data[framework][0] if framework in data else _installed(framework)
    if built:
        cells.append(
            nbformat.v4.new_code_cell(
                version_cell(framework, built), metadata={"tags": [VERSIONS_TAG]}
            )
        )
    count = 0
    for cell in nb.cells:
        meta = cell.get("metadata", {})
        if meta.get("prelim") or cell.cell_type == "raw":
            continue  # the hidden setup and provenance cells are the build's, not the reader's
        if cell.cell_type == "markdown":
            cells.append(nbformat.v4.new_markdown_cell(plain_markdown(cell.source)))
            continue
        if meta.get("framework", framework) != framework:
            continue
        count += 1
        tags = [t for t in meta.get("tags", []) if not t.startswith("remove")]
        new = nbformat.v4.new_code_cell(
            cell.source, execution_count=count, metadata={"tags": tags} if tags else {}
        )
        for output in cell.get("outputs", []):
            output = _clean_output(nbformat.from_dict(output))
            if output is None:
                continue
            if output.get("output_type") == "execute_result":
                output["execution_count"] = count
            new.outputs.append(output)
        cells.append(new)
    for i, cell in enumerate(cells):
        cell["id"] = f"cell-{i}"  # stable ids: the same notebook from two builds
    out = cast(NotebookNode, nbformat.v4.new_notebook(cells=cells))
    out.metadata = {
        "kernelspec": nb.metadata.get("kernelspec", {}),
        "language_info": nb.metadata.get("language_info", {"name": "python"}),
    }
    nbformat.validate(out)
    return out


def solutions_notebook(
    solutions: NotebookNode, framework: str, title: str, project: str
) -> NotebookNode:
    """The solutions of a chapter's exercises for one framework, as ``downloads`` writes
    the chapter itself (prose, that framework's cells, their outputs)."""
    out = framework_notebook(solutions, framework, title, project)
    label = FRAMEWORKS[framework].label
    out.cells[0]["source"] = (
        f"> The solutions to the exercises of the chapter *{title}* from *{project}*, in "
        f"{label}. Try each exercise (in the chapter's notebook) before you read its "
        "solution. " + out.cells[0]["source"].split("examples.", 1)[-1].strip()
    )
    return out


def snippets_zip(nb: NotebookNode, dest: Path) -> None:
    seen = {}
    for cell in nb.cells:
        snippet = cell.get("metadata", {}).get("snippet")
        if snippet and snippet not in seen:
            seen[snippet] = cell.source.rstrip("\n") + "\n"
    readme = (
        "Every file is a standalone program: run it with `python <file>`, or paste it "
        "into a notebook cell (its last line is the value the page shows).\n"
    )
    dest.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in [("README.txt", readme), *sorted(seen.items())]:
            info = zipfile.ZipInfo(
                PurePosixPath(name).as_posix().removeprefix("snippets/"), ZIP_DATE
            )
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, text)


def with_outputs(app: Sphinx, nb: NotebookNode, path: Path) -> NotebookNode:
    """The page's notebook with its outputs (from the execution cache if need be).

    A page that was executed but whose outputs cannot be found is a build warning (an
    error under -W): its downloads would otherwise be notebooks without a single output."""
    if any(c.get("outputs") for c in nb.cells if c.cell_type == "code"):
        return nb
    config = app.env.mystnb_config  # type: ignore[attr-defined]  # myst-nb sets it on the env
    if config.execution_mode != "cache":
        return nb  # an unexecuted build (--no-exec): its notebooks say so, with no outputs
    from jupyter_cache import get_cache

    cache_path = Path(config.execution_cache_path).absolute()
    try:
        _, nb = get_cache(str(cache_path)).merge_match_into_notebook(nb)
    except KeyError as error:
        logger.warning(
            f"{path}: no outputs, and the execution cache at {cache_path} has no "
            f"entry for this notebook ({error}); the downloads of this page "
            "would have no outputs. Rebuild with -E, or delete the cache.",
            type="prelim",
            subtype="downloads",
        )
    return nb


def _write_downloads(app: Sphinx, exc: Exception | None) -> None:
    if exc is not None or app.builder.format != "html":
        return
    env = app.env
    executed = Path(env.mystnb_config.output_folder)  # type: ignore[attr-defined]  # as above
    read = pages_read(app)
    for docname in sorted(env.found_docs):
        # a page not read in this build keeps the downloads an earlier build wrote for it
        # (rewriting every page's on a no-change rebuild costs about a second)
        if read is not None and docname not in read:
            written = env.metadata.get(docname, {}).get("prelim_downloads")
            if not written or (Path(app.outdir) / written).exists():
                continue
        source = executed / f"{docname}.ipynb"
        if not source.exists():
            continue
        nb = nbformat.read(source, as_version=4)
        prelim = nb.metadata.get("prelim", {})
        if not prelim.get("examples"):
            continue
        nb = with_outputs(app, nb, source)
        title = env.titles[docname].astext() if docname in env.titles else docname
        outdir = Path(app.outdir)
        chapter, solutions = exercises.split_notebook(nb)  # solutions: a notebook apart
        for fw in prelim["frameworks"]:
            target = outdir / notebook_path(docname, fw)
            target.parent.mkdir(parents=True, exist_ok=True)
            text = nbformat.writes(framework_notebook(chapter, fw, title, app.config.project))
            target.write_text(text + "\n", encoding="utf-8")
            answers = outdir / solutions_path(docname, fw)
            if solutions is None:  # none on the page (or a teacher's build): none offered
                answers.unlink(missing_ok=True)
                continue
            out = solutions_notebook(solutions, fw, title, app.config.project)
            answers.write_text(nbformat.writes(out) + "\n", encoding="utf-8")
        snippets_zip(nb, outdir / zip_path(docname))


def setup_downloads(app: Sphinx) -> None:
    app.connect("build-finished", _write_downloads)
