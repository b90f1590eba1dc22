"""The real site's generated reference and its differences callouts, as built.

Every example appears in the dtype table (with a type measured for each framework) and in
the Rosetta index, each row linking to the example; every declared difference is shown
right after each of its examples' tab sets; the site's search finds an API name on the
reference page. The site comes from builtsite.py ($PRELIM_SITE, or build/html).
"""

from __future__ import annotations

import html as html_lib
import json
import re

import pytest

from conftest import EXAMPLES, ROOT
from prelim.core import differences

pytestmark = pytest.mark.slow


def _rows(page: str, table_class: str) -> list[list[str]]:
    rows = []
    for table in re.findall(rf'<table class="[^"]*{table_class}[^"]*">(.*?)</table>', page, re.S):
        for row in re.findall(r"<tr.*?</tr>", table.split("<tbody>", 1)[1], re.S):
            rows.append([" ".join(html_lib.unescape(re.sub(r"<[^>]+>", " ", cell)).split())
                         for cell in re.findall(r"<td.*?</td>", row, re.S)])
    return rows


def _anchor(name: str) -> str:
    return "example-" + name.replace("_", "-")


def test_dtype_table_and_rosetta_index_cover_every_example(site):
    page = (site / "reference.html").read_text(encoding="utf-8")
    expected = sorted(e.name for e in EXAMPLES)
    for table in ("prelim-dtypes", "prelim-rosetta"):
        rows = _rows(page, table)
        assert sorted(row[0].split(" (")[0] for row in rows) == expected, table
    measured = _rows(page, "prelim-dtypes")
    unmeasured = [row[0] for row in measured if "not executed" in row[1:4]]
    assert not unmeasured, f"no result type recorded by the build for {unmeasured}"
    for example in EXAMPLES:
        link = f'href="{example.chapter}.html#{_anchor(example.name)}"'
        assert page.count(link) >= 2, f"reference.html: no link {link}"


def test_search_finds_api_names_on_the_reference_page(site):
    index = (site / "searchindex.js").read_text(encoding="utf-8")
    docnames = json.loads(re.search(r'"docnames":(\[.*?\])', index).group(1))
    for term in ("tensordot", "vector_norm", "gradienttap"):  # as Sphinx stems them
        hits = re.search(rf'"{term}":(\[[\d,]*\]|\d+)', index)
        assert hits, f"searchindex.js has no term {term!r}"
        pages = {docnames[int(i)] for i in re.findall(r"\d+", hits.group(1))}
        assert "reference" in pages, f"searching {term!r} does not find the reference page"


def test_every_declared_difference_is_shown_after_its_example(site):
    registry = differences.load(ROOT / "snippets", ROOT)
    assert len(registry) >= 12
    for diff in registry.values():
        for key in diff.examples:
            chapter, name = key.split("/")
            page = (site / f"{chapter}.html").read_text(encoding="utf-8")
            start = page.index(f'id="{_anchor(name)}"')
            after = page[start:]
            nxt = after.find('<div class="sd-tab-set prelim-example', 1)
            between = after[: nxt if nxt > 0 else len(after)]
            titles = "".join(re.findall(r'<p class="admonition-title">(.*?)</p>', between, re.S))
            title = html_lib.unescape(re.sub(r"<[^>]+>", "", titles))
            title = title.replace("\u2019", "'")  # Sphinx's smart quotes
            assert f"Frameworks differ: {diff.title.replace('`', '')}" in title, (
                f"{chapter}.html: the callout of [{diff.id}] is not after example {name}")
