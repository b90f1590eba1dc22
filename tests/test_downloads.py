"""The chapter downloads (prelim.generate.downloads): a notebook per framework, with the
chapter's text and the snippets' outputs, and a zip of the snippets as .py files.

On the real site (``real_site``: every chapter offers them, exactly its snippets, in page
order) and on the fixture site: the same bytes from two fresh builds, and from a rebuild
served by the execution cache (myst-nb then writes the page's notebook without outputs;
the downloads must keep them).
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import nbformat
import pytest
from in_process import build_in_process, copy_of
from publish_notebooks import publish

from helpers import CHAPTERS, DOCS, ROOT, build, examples_of, executed, parse
from prelim.core.exercises import examples_in_solutions
from prelim.core.frameworks import FRAMEWORKS
from prelim.core.snippets import Example
from prelim.generate.downloads import VERSIONS_TAG
from prelim.render.downloads import published_path

pytestmark = pytest.mark.slow


def _download_links(site: Path, page: str) -> list[str]:
    return [u for u in parse(site, page).links if u.startswith(f"downloads/{page}/")]


def snippet_cells(nb) -> list:
    """A notebook's code cells but its first, the versions cell (prelim: each a snippet)."""
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and VERSIONS_TAG in code[0].metadata.get("tags", []), (
        "the notebook's first code cell is not the versions cell"
    )
    return code[1:]


@pytest.mark.parametrize("page", CHAPTERS)
def test_chapter_offers_a_notebook_per_framework_with_outputs(real_site, page):
    links = _download_links(real_site, page)
    for fw, framework in FRAMEWORKS.items():
        url = f"downloads/{page}/{page}_{framework.sync_id}.ipynb"
        assert url in links, f"{page}.html does not link {url}: {links}"
        nb = nbformat.read(real_site / url, as_version=4)
        nbformat.validate(nb)
        code = snippet_cells(nb)
        solved = examples_in_solutions((DOCS / f"{page}.md").read_text("utf-8"))
        expected = [
            Example(page, name).snippets((fw,))[fw].source
            for name in examples_of(page)
            if name not in solved
        ]  # solutions: apart
        assert [c.source for c in code] == expected, (
            f"{url}: its code cells are not exactly the chapter's {framework.label} "
            "snippets, in page order"
        )
        empty = [i for i, c in enumerate(code) if not c.outputs]
        assert not empty, f"{url}: code cells {empty} have no output"
        prose = "".join(c.source for c in nb.cells if c.cell_type == "markdown")
        heading = (DOCS / f"{page}.md").read_text(encoding="utf-8").splitlines()[0]
        assert heading in prose, f"{url}: the chapter's text is missing"
        text = (real_site / url).read_text(encoding="utf-8")
        for local in (str(ROOT), "/root/", "/home/", "absl::InitializeLog"):
            assert local not in text, f"{url} contains {local!r}"


@pytest.mark.parametrize("page", CHAPTERS)
def test_chapter_offers_its_snippets_as_py_files(real_site, page):
    url = f"downloads/{page}/{page}_snippets.zip"
    assert url in _download_links(real_site, page), f"{page}.html does not link {url}"
    with zipfile.ZipFile(io.BytesIO((real_site / url).read_bytes())) as zf:
        files = {n: zf.read(n).decode() for n in zf.namelist()}
    expected = {}
    for name in examples_of(page):
        for snip in Example(page, name).snippets().values():
            expected[f"{page}/{snip.path.name}"] = snip.source
    assert set(files) - {"README.txt"} == set(expected)
    for name, source in expected.items():
        assert files[name].rstrip("\n") == source, f"{url}: {name} differs from the snippet"


# -- the fixture site ---------------------------------------------------------------------

FILES = [
    "basics_pytorch.ipynb",
    "basics_jax.ipynb",
    "basics_tensorflow.ipynb",
    "basics_snippets.zip",
]


def test_tensorflow_notebook_ships_the_retracing_warning_the_page_shows(real_site):
    """The compilation page teaches TensorFlow's retracing warning from its output; the
    TensorFlow notebook of that page carries the same output, once, in the same cell."""
    nb = nbformat.read(real_site / "downloads/compilation/compilation_tensorflow.ipynb", 4)
    warned = [
        c
        for c in nb.cells
        if c.cell_type == "code"
        and any("triggered tf.function retracing" in o.get("text", "") for o in c.outputs)
    ]
    assert len(warned) == 1, "the retracing warning is not in the TensorFlow notebook once"
    assert "def scale(x, s):" in warned[0].source


def downloads(site) -> dict[str, bytes]:
    folder = site / "_build" / "html" / "downloads" / "basics"
    return {name: (folder / name).read_bytes() for name in FILES}


def test_two_fresh_builds_give_the_same_downloads(fresh_fixture_builds):
    first, second = (downloads(site) for site in fresh_fixture_builds)
    differ = [name for name in FILES if first[name] != second[name]]
    assert not differ, f"downloads differ between two fresh builds: {differ}"


def test_downloads_keep_outputs_when_the_cache_serves_the_page(fresh_fixture_build, tmp_path):
    site = tmp_path / "site"
    shutil.copytree(fresh_fixture_build, site)  # with its execution cache
    proc = build(site, fresh=True)
    assert proc.returncode == 0, proc.log[-3000:]
    assert not executed(proc.log) and "Using cached notebook" in proc.log
    for name in FILES[:3]:
        nb = nbformat.reads(downloads(site)[name].decode(), as_version=4)
        assert all(c.outputs for c in snippet_cells(nb)), f"{name}: no outputs"
    assert downloads(site) == downloads(fresh_fixture_build)


def test_no_launch_links_when_no_repository_is_set(fresh_fixture_build):
    page = (fresh_fixture_build / "_build" / "html" / "basics.html").read_text("utf-8")
    assert "prelim-launch" not in page and "colab.research.google.com" not in page


# -- Open in Colab and Kaggle: the notebooks branch -----------------------------------------

REPOSITORY = "someone/prelim"
_LAUNCH = re.compile(r'<a class="[^"]*prelim-launch[^"]*" href="([^"]+)"')
_NOTEBOOK = re.compile(r'<a class="[^"]*prelim-download[^"]*" href="([^"]+\.ipynb)"')


@pytest.fixture(scope="module")
def published(fresh_fixture_build, tmp_path_factory) -> tuple[Path, Path]:
    """(the fixture site built with a notebooks repository, its notebooks branch tree).
    A copy of the fresh build, rebuilt in-process with the setting: its units serve it."""
    site = copy_of(fresh_fixture_build, tmp_path_factory.mktemp("launch") / "site")
    built = build_in_process(site, prelim_notebooks_repository=REPOSITORY)
    assert not built.executed, "the copy's unit store should serve every page"
    html = built.html
    branch = site.parent / "branch"
    publish(html, branch)
    return html, branch


def test_each_notebook_link_has_launch_links_to_a_file_the_branch_holds(published):
    html, branch = published
    prefixes = {
        "colab": f"https://colab.research.google.com/github/{REPOSITORY}/blob/notebooks/",
        "kaggle": "https://kaggle.com/kernels/welcome?src=https://github.com/"
        f"{REPOSITORY}/blob/notebooks/",
    }
    checked = 0
    for page in sorted(html.glob("*.html")):
        text = page.read_text(encoding="utf-8")
        notebooks, launches = _NOTEBOOK.findall(text), _LAUNCH.findall(text)
        assert len(launches) == 2 * len(notebooks), f"{page.name}: {notebooks} {launches}"
        for notebook, colab, kaggle in zip(notebooks, launches[::2], launches[1::2], strict=True):
            path = published_path(notebook)
            assert colab == prefixes["colab"] + path, colab
            assert kaggle == prefixes["kaggle"] + path, kaggle
            assert (branch / path).is_file(), (
                f"{page.name}: {colab} opens {path}, which the publishing step did not write"
            )
            assert (branch / path).read_bytes() == (html / notebook).read_bytes(), path
            checked += 1
    assert checked >= 3, "the fixture's chapter offers a notebook per framework"


def test_the_versions_cell_says_when_the_versions_differ(published):
    html, _ = published
    for notebook in sorted((html / "downloads").rglob("*.ipynb")):
        cell = next(c for c in nbformat.read(notebook, as_version=4).cells if c.cell_type == "code")
        assert VERSIONS_TAG in cell.metadata.get("tags", []), notebook.name
        built = re.search(r'built = \{"([\w-]+)": "([^"]+)"\}', cell.source)
        assert built, f"{notebook.name}: no recorded version in {cell.source}"
        package, version = built.groups()

        def run(source: str) -> str:
            # a fresh interpreter, isolated (-I): as a kernel runs the cell
            return subprocess.run(
                [sys.executable, "-I", "-c", source],
                capture_output=True,
                text=True,
                check=True,
                timeout=60,
            ).stdout

        same = run(cell.source)
        assert f"{package}: the outputs below were made with {version}" in same
        assert "Versions differ" not in same, same
        other = run(cell.source.replace(f'"{version}"', '"0.0.1"'))
        assert f"Versions differ: {package} " in other and "is not 0.0.1" in other, other
        assert "pip install" not in cell.source.split("print(")[0], "it must install nothing"
