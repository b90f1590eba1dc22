"""The generated reference page (dtype table, Rosetta index, registry of differences), the
"Frameworks differ" callouts on the chapter pages, and the site's search finding an API
name on the reference page.

On the real site (``real_site``: every example covered, every declared difference shown
after each of its examples) and on the fixture site (the first of
``fresh_fixture_build``: the tables' exact rows).
"""

from __future__ import annotations

import html as html_lib
import json
import re

import pytest

from conftest import EXAMPLES
from helpers import ROOT, anchor, html_of, table_rows
from prelim.core import differences

pytestmark = pytest.mark.slow


def test_dtype_table_and_rosetta_index_cover_every_example(real_site):
    page = (real_site / "reference.html").read_text(encoding="utf-8")
    expected = sorted(e.name for e in EXAMPLES)
    for table in ("prelim-dtypes", "prelim-rosetta"):
        rows = table_rows(page, table)
        assert sorted(row[0].split(" (")[0] for row in rows) == expected, table
    measured = table_rows(page, "prelim-dtypes")
    unmeasured = [row[0] for row in measured if "not executed" in row[1:4]]
    assert not unmeasured, f"no result type recorded by the build for {unmeasured}"
    for example in EXAMPLES:  # the dtype row links the example; the Rosetta row, in Compare
        link = rf'href="{example.chapter}\.html(?:\?view=compare)?#{anchor(example.name)}"'
        assert len(re.findall(link, page)) >= 2, f"reference.html: no link {link}"


def test_fixture_reference_tables_have_exactly_their_rows(fresh_fixture_build):
    """The dtype table (measured in the build's kernels), the Rosetta index (read from the
    snippets' syntax trees) and the registry of differences, each row linking its example."""
    html = html_of(fresh_fixture_build, "reference")
    assert table_rows(html, "prelim-dtypes") == [
        ["add (Basics)", "int64", "int32", "int32", "dtype"],
        ["assign (Immutability)", "float32", "raises TypeError", "raises TypeError", "raises"],
        ["plot (A figure)", "figure", "figure", "figure", "–"],
    ]
    assert table_rows(html, "prelim-rosetta") == [
        ["add (Basics)", "torch.arange", "jnp.arange", "tf.range"],
        ["assign (Immutability)", "torch.zeros", "jnp.zeros", "tf.zeros"],
        ["plot (A figure)", "torch.linspace", "jnp.linspace", "tf.linspace"],
    ]
    assert [row[:3] for row in table_rows(html, "prelim-differences")] == [
        ["arange gives int64 in PyTorch", "dtype", "basics/add"],
        ["only PyTorch assigns in place", "raises", "basics/assign"],
    ]
    for example, links in (("add", 3), ("assign", 3), ("plot", 2)):
        found = re.findall(rf'href="basics\.html(?:\?view=compare)?#example-{example}"', html)
        assert len(found) == links, (example, found)


def _pages_found_by(index: str, term: str) -> set[str]:
    """The pages the site's search index finds for a (stemmed) term."""
    docnames = json.loads(re.search(r'"docnames":(\[.*?\])', index).group(1))
    hits = re.search(rf'"{term}":(\[[\d,]*\]|\d+)', index)
    assert hits, f"searchindex.js has no term {term!r}"
    return {docnames[int(i)] for i in re.findall(r"\d+", hits.group(1))}


@pytest.mark.parametrize(
    ("which", "terms"),
    [
        pytest.param(
            "real site",
            ("tensordot", "vector_norm", "gradienttap"),  # Sphinx's stems
            marks=pytest.mark.full,
        ),
        ("fixture site", ("linspac",)),
    ],
)
def test_search_finds_api_names_on_the_reference_page(request, which, terms):
    if which == "real site":
        site = request.getfixturevalue("real_site")
    else:
        site = request.getfixturevalue("fresh_fixture_build") / "_build" / "html"
    index = (site / "searchindex.js").read_text(encoding="utf-8")
    for term in terms:
        assert "reference" in _pages_found_by(index, term), (
            f"searching {term!r} does not find the reference page"
        )


def test_every_declared_difference_is_shown_after_its_example(real_site):
    registry = differences.load(ROOT / "snippets", ROOT)
    assert len(registry) >= 12
    for diff in registry.values():
        for key in diff.examples:
            chapter, name = key.split("/")
            page = (real_site / f"{chapter}.html").read_text(encoding="utf-8")
            start = page.index(f'id="{anchor(name)}"')
            after = page[start:]
            nxt = after.find('<div class="sd-tab-set prelim-example', 1)
            between = after[: nxt if nxt > 0 else len(after)]
            titles = "".join(re.findall(r'<p class="admonition-title">(.*?)</p>', between, re.S))
            title = html_lib.unescape(re.sub(r"<[^>]+>", "", titles))
            title = title.replace("\u2019", "'")  # Sphinx's smart quotes
            assert f"Frameworks differ: {diff.title.replace('`', '')}" in title, (
                f"{chapter}.html: the callout of [{diff.id}] is not after example {name}"
            )
