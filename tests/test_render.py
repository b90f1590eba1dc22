"""render/: where executed outputs end up on the page, in an in-process build rendering
stored units a test edits (tests/in_process.py); nothing executes.

Each example's output lands in its own framework's tab, under its own code, and nowhere
else; the download line lists the chapter's notebooks and snippets.
"""

from __future__ import annotations

import pytest
from in_process import build_in_process, copy_of, edit_unit, stored_unit

MARK = {"torch": "MARK-PYTORCH-41", "jax": "MARK-JAX-42", "tf": "MARK-TENSORFLOW-43"}


@pytest.fixture(scope="module")
def marked(fresh_fixture_build, tmp_path_factory):
    """The fixture's fresh build, each framework's `add` output replaced by a mark."""
    site = copy_of(fresh_fixture_build, tmp_path_factory.mktemp("render") / "site")
    for fw, mark in MARK.items():

        def edit(nb, fw=fw, mark=mark):
            cell = next(
                c for c in nb.cells if c.metadata.get("snippet") == f"snippets/basics/add_{fw}.py"
            )
            cell.outputs = [
                {"output_type": "execute_result", "execution_count": 2, "metadata": {},
                 "data": {"text/plain": mark}}
            ]  # fmt: skip

        edit_unit(stored_unit(site, "basics", fw), edit)
    return build_in_process(site)


def _tab_of(html: str, example: str):
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    tab_set = soup.find(id=f"example-{example}")
    labels = [label["data-sync-id"] for label in tab_set.find_all("label", class_="sd-tab-label")]
    contents = tab_set.find_all("div", class_="sd-tab-content", recursive=False)
    return dict(zip(labels, contents, strict=True))


def test_each_output_lands_in_its_frameworks_tab(marked):
    assert marked.executed == []
    html = marked.page("basics")
    tabs = _tab_of(html, "add")
    assert list(tabs) == ["pytorch", "jax", "tensorflow"]
    for (fw, mark), (sync_id, tab) in zip(MARK.items(), tabs.items(), strict=True):
        assert mark in tab.get_text(), f"{sync_id}: its output is not in its tab"
        others = [m for f, m in MARK.items() if f != fw]
        assert not any(m in tab.get_text() for m in others), f"{sync_id}: another's output"
    for mark in MARK.values():
        assert html.count(mark) == 1, f"{mark} shown {html.count(mark)} times"


def test_the_download_line_lists_the_chapters_files(marked):
    from bs4 import BeautifulSoup

    line = BeautifulSoup(marked.page("basics"), "html.parser").find(class_="prelim-downloads")
    links = [a["href"] for a in line.find_all("a", class_="prelim-download")]
    assert links == [
        "downloads/basics/basics_pytorch.ipynb",
        "downloads/basics/basics_jax.ipynb",
        "downloads/basics/basics_tensorflow.ipynb",
        "downloads/basics/basics_snippets.zip",
    ]
