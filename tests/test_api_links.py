"""Framework calls in the examples' code link to the frameworks' reference pages.

render/api_links.py links each call the Rosetta extraction finds (core/rosetta.py) while
the code is highlighted, to the page its framework's stored listing gives
(core/api_pages.py; the build fetches no inventory; tests/test_api_inventories.py checks
the pages). Here: every such call of every snippet is linked on its page, the Rosetta
index links them too, and every linked name exists in the installed framework.
"""

from __future__ import annotations

import html
import importlib
import re

import pytest

from conftest import EXAMPLES
from prelim.core.api_pages import api_url, full_name
from prelim.core.frameworks import FRAMEWORKS
from prelim.core.rosetta import calls

pytestmark = pytest.mark.slow

_CODE_LINK = re.compile(r'<a class="prelim-api" href="([^"]+)" data-api="([^"]+)">')
_INDEX_LINK = re.compile(
    r'<a class="prelim-api reference external" href="([^"]+)">'
    r'<code[^>]*><span class="pre">([^<]+)</span></code></a>'
)


def resolve(full: str):
    """The object a dotted name names in the installed framework (AttributeError if none)."""
    parts = full.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for attr in parts[cut:]:
            obj = getattr(obj, attr)
        return obj
    raise ImportError(full)


def linked_names(real_site) -> dict[str, set[str]]:
    """page -> the full names its example code links (href checked against the rules)."""
    out = {}
    for chapter in sorted({e.chapter for e in EXAMPLES}):
        text = (real_site / f"{chapter}.html").read_text(encoding="utf-8")
        found = set()
        for href, full in _CODE_LINK.findall(text):
            assert html.unescape(href) == api_url(full), f"{chapter}: {full} -> {href}"
            found.add(html.unescape(full))
        out[chapter] = found
    return out


def test_every_framework_call_in_an_example_links_to_its_page(real_site):
    linked = linked_names(real_site)
    missing = []
    for example in EXAMPLES:
        for fw in FRAMEWORKS:
            source = example.path(fw).read_text(encoding="utf-8")
            for name in calls(source):
                if api_url(name) and full_name(name) not in linked[example.chapter]:
                    missing.append(f"{example.key}[{fw}]: {name}")
    assert not missing, "calls without a link:\n" + "\n".join(missing)
    assert sum(map(len, linked.values())) >= len(EXAMPLES), "too few distinct links"


def test_every_linked_name_exists_in_the_installed_framework(real_site):
    names = set().union(*linked_names(real_site).values())
    index = (real_site / "reference.html").read_text(encoding="utf-8")
    rosetta = {full_name(html.unescape(short)) for _, short in _INDEX_LINK.findall(index)}
    assert rosetta, "the Rosetta index links no call"
    assert rosetta <= names | rosetta  # the index may show calls of snippets the page hides
    absent = []
    for full in sorted(names | rosetta):
        try:
            resolve(full)
        except (ImportError, AttributeError) as err:
            absent.append(f"{full}: {type(err).__name__}: {err}")
    assert not absent, "links to names the installed frameworks do not have:\n" + "\n".join(absent)


def test_the_rosetta_index_links_each_call(real_site):
    index = (real_site / "reference.html").read_text(encoding="utf-8")
    for href, short in _INDEX_LINK.findall(index):
        assert html.unescape(href) == api_url(html.unescape(short))
    expected = {
        full_name(n)
        for e in EXAMPLES
        for fw in FRAMEWORKS
        for n in calls(e.path(fw).read_text(encoding="utf-8"))
        if api_url(n)
    }
    shown = {full_name(html.unescape(short)) for _, short in _INDEX_LINK.findall(index)}
    assert shown == expected


def test_resolve_fails_on_a_name_that_does_not_exist():
    assert resolve("json.dumps")
    with pytest.raises(AttributeError):
        resolve("json.no_such_function")
