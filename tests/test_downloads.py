"""The chapter downloads (prelim.generate.downloads): a notebook per framework, with the
chapter's text and the snippets' outputs, and a zip of the snippets as .py files.

On the real site (``real_site``: every chapter offers them, exactly its snippets, in page
order) and on the fixture site: the same bytes from two fresh builds, and from a rebuild
served by the execution cache (myst-nb then writes the page's notebook without outputs;
the downloads must keep them).
"""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import nbformat
import pytest

from helpers import CHAPTERS, DOCS, ROOT, build, examples_of, executed, parse
from prelim.core.exercises import examples_in_solutions
from prelim.core.frameworks import FRAMEWORKS
from prelim.core.snippets import Example

pytestmark = pytest.mark.slow


def _download_links(site: Path, page: str) -> list[str]:
    return [u for u in parse(site, page).links if u.startswith(f"downloads/{page}/")]


@pytest.mark.parametrize("page", CHAPTERS)
def test_chapter_offers_a_notebook_per_framework_with_outputs(real_site, page):
    links = _download_links(real_site, page)
    for fw, framework in FRAMEWORKS.items():
        url = f"downloads/{page}/{page}_{framework.sync_id}.ipynb"
        assert url in links, f"{page}.html does not link {url}: {links}"
        nb = nbformat.read(real_site / url, as_version=4)
        nbformat.validate(nb)
        code = [c for c in nb.cells if c.cell_type == "code"]
        solved = examples_in_solutions((DOCS / f"{page}.md").read_text("utf-8"))
        expected = [Example(page, name).snippets((fw,))[fw].source
                    for name in examples_of(page) if name not in solved]  # solutions: apart
        assert [c.source for c in code] == expected, (
            f"{url}: its code cells are not exactly the chapter's {framework.label} "
            "snippets, in page order")
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

FILES = ["basics_pytorch.ipynb", "basics_jax.ipynb", "basics_tensorflow.ipynb",
         "basics_snippets.zip"]


def test_tensorflow_notebook_ships_the_retracing_warning_the_page_shows(real_site):
    """The compilation page teaches TensorFlow's retracing warning from its output; the
    TensorFlow notebook of that page carries the same output, once, in the same cell."""
    nb = nbformat.read(real_site / "downloads/compilation/compilation_tensorflow.ipynb", 4)
    warned = [c for c in nb.cells if c.cell_type == "code" and any(
        "triggered tf.function retracing" in o.get("text", "") for o in c.outputs)]
    assert len(warned) == 1, "the retracing warning is not in the TensorFlow notebook once"
    assert "def scale(x, s):" in warned[0].source


def downloads(site) -> dict[str, bytes]:
    folder = site / "_build" / "html" / "downloads" / "basics"
    return {name: (folder / name).read_bytes() for name in FILES}


def test_two_fresh_builds_give_the_same_downloads(fresh_fixture_builds):
    first, second = (downloads(site) for site in fresh_fixture_builds)
    differ = [name for name in FILES if first[name] != second[name]]
    assert not differ, f"downloads differ between two fresh builds: {differ}"


def test_downloads_keep_outputs_when_the_cache_serves_the_page(fresh_fixture_build,
                                                                tmp_path):
    site = tmp_path / "site"
    shutil.copytree(fresh_fixture_build, site)  # with its execution cache
    proc = build(site, fresh=True)
    assert proc.returncode == 0, proc.log[-3000:]
    assert not executed(proc.log) and "Using cached notebook" in proc.log
    for name in FILES[:3]:
        nb = nbformat.reads(downloads(site)[name].decode(), as_version=4)
        assert all(c.outputs for c in nb.cells if c.cell_type == "code"), f"{name}: no outputs"
    assert downloads(site) == downloads(fresh_fixture_build)
