"""The Compare view in a real browser, and the site's HTML against the Nu HTML checker.

Compare (docs/_ext/prelim/render/compare.py, static/prelim-view.js and
prelim-compare.css) shows each example's frameworks side by side, what differs marked.
What a reader relies on: every example has its Compare rendering; one switch changes
every example on the page, is remembered across reloads and pages, and can be chosen by
a link (``?view=compare``, with ``&framework=jax``); three columns at desktop width and
no sideways scrolling on a phone; no serious accessibility violation in either view; a
column's copy button copies exactly its code; figures keep their alt texts; the marking
is the rule the docs state. Screenshots land in build/screenshots.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from test_browser import (
    PHONE,
    SELECTED,
    load_allowlist,
    page_url,
    run_axe,
    unexplained,
)

from builtsite import Visit, settle
from helpers import CHAPTERS, GENERATED, PAGES, ROOT, SYNC_IDS, examples_of
from prelim.core.frameworks import FRAMEWORKS
from prelim.render.compare import FRAME

pytestmark = [pytest.mark.browser, pytest.mark.slow]

FILE_SUFFIX = {fw.sync_id: fw.suffix for fw in FRAMEWORKS.values()}
WIDE = {"width": 1300, "height": 900}
COMPARE = "?view=compare"

#: every example tab set of the page, as the reader's browser has it: its frame and
#: switch, its columns (label, visible or not, box, code by line, what is marked)
EXAMPLES = """() => [...document.querySelectorAll('.sd-tab-set.prelim-example')].map(s => {
    const frame = s.parentElement;
    const bar = s.previousElementSibling;
    const labels = [...s.querySelectorAll(':scope > label')];
    const box = e => { const r = e.getBoundingClientRect();
                       return {x: r.x, y: r.y, w: r.width, h: r.height}; };
    return {
        id: s.id,
        framed: frame.classList.contains('prelim-compare-frame'),
        compare: s.classList.contains('prelim-compare'),
        switches: bar && bar.classList.contains('prelim-view-bar')
            ? [...bar.querySelectorAll('button.prelim-view-switch')].map(
                b => b.getAttribute('aria-pressed')) : [],
        columns: [...s.querySelectorAll(':scope > .sd-tab-content')].map((c, i) => {
            const pre = c.querySelector('.cell_input pre');
            return {
                sync: labels[i] ? labels[i].dataset.syncId : null,
                visible: c.offsetParent !== null && c.getBoundingClientRect().height > 0,
                box: box(c), label: labels[i] ? box(labels[i]) : null,
                lines: pre ? pre.innerHTML.split('\\n').map(html => {
                    const d = document.createElement('div'); d.innerHTML = html;
                    return {text: d.textContent,
                            marked: [...d.querySelectorAll('.prelim-differs')].map(
                                m => m.textContent)};
                }) : null,
            };
        }),
    };
})"""
VIEW = "() => document.documentElement.dataset.prelimView"


def examples(page) -> list[dict]:
    return page.evaluate(EXAMPLES)


def shown(sets: list[dict]) -> list[int]:
    """How many columns each example shows."""
    return [sum(c["visible"] for c in s["columns"]) for s in sets]


class ComparePages(dict):
    """Each chapter loaded once in Compare at desktop width, on first use: its examples
    as the browser lays them out, and axe-core's findings in them. The rendering, layout,
    marking and accessibility tests all read this one load. axe checks what Compare
    changes, the examples' frames (switch, columns, every framework's code shown at once);
    the rest of the page is the Tabs view's, which test_browser's axe run checks on its
    own load of each page. Colour contrast, axe's slowest rule, is left to
    test_marked_code_keeps_its_contrast (the marked columns, light and dark): the code's
    colours are the one highlighting palette test_browser checks on every page (a chapter
    took 7.6 s with the whole document, 5.5 s with the frames, 2.0 s without contrast)."""

    def __init__(self, browser, server):
        super().__init__()
        self.browser, self.server = browser, server

    def __missing__(self, page):
        v = Visit(self.browser, page_url(self.server, page, COMPARE), viewport=WIDE)
        try:
            self[page] = {
                "examples": examples(v.page),
                "violations": run_axe(v.page, within=f".{FRAME}", without=("color-contrast",)),
            }
        finally:
            v.close()
        return self[page]


@pytest.fixture(scope="session")
def compare_pages(browser, server):
    return ComparePages(browser, server)


# -- every example has its Compare rendering ---------------------------------------------


@pytest.mark.parametrize("page", CHAPTERS)
def test_every_example_has_its_compare_rendering(page, compare_pages):
    sets = compare_pages[page]["examples"]
    assert len(sets) == len(examples_of(page)), (
        f"{page}.html: {len(sets)} example tab sets, {len(examples_of(page))} examples"
    )
    for s in sets:
        assert s["framed"] and s["compare"], f"{page}.html#{s['id']}: no Compare rendering"
        assert s["switches"] == ["true"], f"{page}.html#{s['id']}: switch {s['switches']}"
        assert [c["sync"] for c in s["columns"]] == SYNC_IDS, s["id"]
        assert all(c["lines"] for c in s["columns"]), f"{s['id']}: a column has no code"
    assert shown(sets) == [3] * len(sets), f"{page}.html: columns shown {shown(sets)}"


# -- the switch ---------------------------------------------------------------------------


def test_the_switch_changes_every_example_and_is_remembered(visit, server):
    first, second = CHAPTERS[0], CHAPTERS[1]
    v = visit(page_url(server, first), viewport=WIDE)
    page = v.page
    sets = examples(page)
    assert page.evaluate(VIEW) == "tabs" and shown(sets) == [1] * len(sets)
    assert {p for s in sets for p in s["switches"]} == {"false"}
    switch = page.locator("button.prelim-view-switch").nth(len(sets) // 2)
    assert switch.is_visible() and switch.inner_text().strip() == "Compare"
    switch.click()
    sets = examples(page)
    assert page.evaluate(VIEW) == "compare"
    assert shown(sets) == [3] * len(sets), "one click must switch every example"
    assert {p for s in sets for p in s["switches"]} == {"true"}, "aria-pressed not updated"
    page.reload()
    settle(page)
    assert shown(examples(page)) == [3] * len(sets), "Compare must survive a reload"
    page.goto(page_url(server, second))
    settle(page)
    other = examples(page)
    assert shown(other) == [3] * len(other), "Compare must follow to other pages"
    page.locator("button.prelim-view-switch").first.press("Enter")  # by keyboard, too
    assert shown(examples(page)) == [1] * len(other)
    page.goto(page_url(server, first))
    settle(page)
    assert page.evaluate(VIEW) == "tabs" and shown(examples(page)) == [1] * len(sets)


def test_view_query_selects_compare_and_combines_with_framework(visit, server):
    page = CHAPTERS[-1]
    v = visit(page_url(server, page, "?view=compare&framework=jax"), viewport=WIDE)
    sets = examples(v.page)
    assert v.page.evaluate(VIEW) == "compare" and shown(sets) == [3] * len(sets)
    assert set(v.page.evaluate(SELECTED)) == {"jax"}
    v.page.goto(page_url(server, page, "?view=tabs"))
    settle(v.page)
    assert shown(examples(v.page)) == [1] * len(sets)
    assert set(v.page.evaluate(SELECTED)) == {"jax"}, "back in Tabs, JAX stays chosen"
    jax = v.page.locator(".sd-tab-set.prelim-example").first.locator(".sd-tab-content").nth(1)
    assert jax.is_visible()


# -- layout -------------------------------------------------------------------------------


@pytest.mark.parametrize("page", CHAPTERS)
def test_three_columns_side_by_side_at_desktop_width(page, compare_pages):
    for s in compare_pages[page]["examples"]:
        boxes = [c["box"] for c in s["columns"]]
        tops = {round(b["y"]) for b in boxes}
        assert max(tops) - min(tops) <= 1, f"{page}.html#{s['id']}: columns not aligned {boxes}"
        for left, right in zip(boxes, boxes[1:], strict=False):
            assert left["x"] + left["w"] <= right["x"] + 0.5, f"{s['id']}: overlap {boxes}"
        assert min(b["w"] for b in boxes) > 180, f"{s['id']}: columns too narrow {boxes}"
        for c in s["columns"]:
            # the label overlaps its column's border by the theme's 0.125rem, as a tab does
            assert c["label"]["y"] + c["label"]["h"] <= c["box"]["y"] + 3, "label not above"
            assert abs(c["label"]["x"] - c["box"]["x"]) <= 1, "label not over its column"


@pytest.mark.parametrize("page", CHAPTERS)
def test_compare_on_a_phone_stacks_and_never_scrolls_sideways(page, visit, server):
    v = visit(
        page_url(server, page, COMPARE),
        viewport=PHONE,
        is_mobile=True,
        has_touch=True,
        color_scheme="dark",
    )
    widths = v.page.evaluate("""() => ({page: document.documentElement.scrollWidth,
        body: document.body.scrollWidth})""")
    assert max(widths.values()) <= PHONE["width"], f"{page}.html scrolls sideways: {widths}"
    for s in examples(v.page):
        boxes = [c["box"] for c in s["columns"]]
        assert all(c["visible"] for c in s["columns"]), f"{s['id']}: a column is hidden"
        assert all(b["x"] >= 0 and b["x"] + b["w"] <= PHONE["width"] + 0.5 for b in boxes)
        assert all(a["y"] + a["h"] <= b["y"] + 1 for a, b in zip(boxes, boxes[1:], strict=False)), (
            f"{page}.html#{s['id']}: columns not stacked at phone width: {boxes}"
        )


def test_printing_in_compare_gives_the_columns(visit, server):
    """On paper (here a narrow page, where the screen would stack them) the columns stay."""
    v = visit(
        page_url(server, "data_manipulation", COMPARE), viewport={"width": 640, "height": 900}
    )
    v.page.emulate_media(media="print")
    for s in examples(v.page):
        boxes = [c["box"] for c in s["columns"]]
        assert len({round(b["y"]) for b in boxes}) == 1 and all(
            a["x"] + a["w"] <= b["x"] + 0.5 for a, b in zip(boxes, boxes[1:], strict=False)
        ), f"printed, {s['id']} is not in columns: {boxes}"


@pytest.mark.parametrize("page", CHAPTERS)
def test_no_serious_accessibility_violation_in_compare(page, compare_pages):
    """(In Tabs, the view a page opens in: test_browser's axe test of every page.)"""
    problems = unexplained(compare_pages[page]["violations"], load_allowlist(), set())
    assert not problems, f"{page}.html in compare:\n" + "\n".join(problems)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_marked_code_keeps_its_contrast(scheme, visit, server):
    v = visit(page_url(server, "data_manipulation", COMPARE), viewport=WIDE, color_scheme=scheme)
    problems = unexplained(run_axe(v.page, ["color-contrast"]), load_allowlist(), set())
    assert not problems, f"Compare in the {scheme} theme:\n" + "\n".join(problems)


# -- copying, figures ---------------------------------------------------------------------


@pytest.mark.parametrize("sync_id", SYNC_IDS)
def test_a_columns_copy_button_copies_exactly_its_code(sync_id, visit, server):
    chapter = "data_manipulation" if "data_manipulation" in CHAPTERS else CHAPTERS[0]
    name = examples_of(chapter)[0]
    snippet = (ROOT / "snippets" / chapter / f"{name}{FILE_SUFFIX[sync_id]}.py").read_text()
    v = visit(
        page_url(server, chapter, COMPARE),
        viewport=WIDE,
        permissions=["clipboard-read", "clipboard-write"],
    )
    column = (
        v.page.locator(".sd-tab-set.prelim-example")
        .first.locator(".sd-tab-content")
        .nth(SYNC_IDS.index(sync_id))
    )
    cell = column.locator(".cell_input")
    cell.hover()
    cell.locator("button.copybtn").click()
    copied = v.page.evaluate("navigator.clipboard.readText()")
    assert copied.rstrip("\n") == snippet.rstrip("\n"), (
        f"the {sync_id} column's copy button copied:\n{copied}\n--- not its snippet:\n{snippet}"
    )


def test_figures_side_by_side_with_their_alt_texts(visit, server, screenshots):
    page = next(p for p in ("gaussian", "probability", "calculus") if p in CHAPTERS)
    v = visit(page_url(server, page, COMPARE), viewport=WIDE)
    figures = v.page.evaluate("""() => [...document.querySelectorAll(
        '.prelim-compare .cell_output img')].map(img => {
        const r = img.getBoundingClientRect();
        return {alt: img.alt, src: img.getAttribute('src'), x: r.x, y: r.y, w: r.width,
                loaded: img.complete && img.naturalWidth > 0,
                set: img.closest('.sd-tab-set').id}; })""")
    assert figures, f"{page}.html has no figures in Compare"
    for f in figures:
        name = Path(f["src"]).stem
        assert f["loaded"] and f["w"] >= 200, f"{f['set']}: figure not shown readably: {f}"
        assert f["alt"].strip() and f["alt"] != name, f"{f['set']}: figure without alt text"
    by_set: dict[str, list[dict]] = {}
    for f in figures:
        by_set.setdefault(f["set"], []).append(f)
    for key, figs in by_set.items():
        if len(figs) == 3:
            assert len({round(f["y"]) for f in figs}) == 1, f"{key}: not side by side {figs}"


# -- the marking ---------------------------------------------------------------------------


def _example(page, server, visit, anchor: str) -> dict:
    v = visit(page_url(server, page, COMPARE), viewport=WIDE)
    return next(s for s in examples(v.page) if s["id"] == anchor)


def test_arange_marks_the_framework_calls(visit, server):
    arange = _example("data_manipulation", server, visit, "example-arange")
    marked = [sorted({m for line in c["lines"] for m in line["marked"]}) for c in arange["columns"]]
    assert marked == [
        ["arange", "torch"],
        ["arange", "jax", "jnp", "numpy"],
        ["range", "tensorflow", "tf"],
    ], marked
    # the arguments the three calls share are not marked
    for c in arange["columns"]:
        call = next(line for line in c["lines"] if "range(12" in line["text"])
        assert "12" not in call["marked"] and "float32" not in call["marked"]


@pytest.mark.parametrize("page", CHAPTERS)
def test_a_line_all_columns_share_is_not_marked(page, compare_pages):
    checked = 0
    for s in compare_pages[page]["examples"]:
        columns = s["columns"]
        texts = [{line["text"].strip() for line in c["lines"]} for c in columns]
        shared = set.intersection(*texts) - {""}
        for c in columns:
            for line in c["lines"]:
                if line["text"].strip() in shared:
                    checked += 1
                    assert not line["marked"], (
                        f"{page}.html#{s['id']}: {line['text']!r} is in every column, yet "
                        f"{line['marked']} is marked"
                    )
        assert any(line["marked"] for c in columns for line in c["lines"]) or not any(
            texts[0] ^ t for t in texts
        ), f"{s['id']}: the columns differ, nothing marked"
    if page == "data_manipulation":
        assert checked, "no shared line was checked"


# -- links into Compare --------------------------------------------------------------------


def test_reference_links_open_examples_in_compare(visit, server):
    if "reference" not in PAGES:
        pytest.skip("no reference page")
    v = visit(page_url(server, "reference"), viewport=WIDE)
    links = v.page.evaluate("""() => [...document.querySelectorAll(
        'table.prelim-rosetta a.reference.internal')].map(a => a.getAttribute('href'))""")
    assert links and all(re.search(r"\.html\?view=compare#example-", h) for h in links), links
    v.page.locator("table.prelim-rosetta a.reference.internal").first.click()
    v.page.wait_for_load_state("networkidle")
    assert v.page.evaluate(VIEW) == "compare"
    target = v.page.evaluate("location.hash.slice(1)")
    box = v.page.locator(f"#{target}").bounding_box()
    assert box and 0 <= box["y"] < WIDE["height"], "the linked example is not in view"


def test_execution_report_links_each_chapter_in_compare(visit, server):
    v = visit(page_url(server, "execution_report"), viewport=WIDE)
    links = v.page.evaluate("""() => [...document.querySelectorAll(
        'table.prelim-report-pages a')].map(a => a.getAttribute('href'))""")
    for page in CHAPTERS:
        assert f"{page}.html{COMPARE}" in links, f"no Compare link to {page}: {links}"


# -- screenshots (for a human eye) ---------------------------------------------------------


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("size", [WIDE, PHONE], ids=["1300", "375"])
@pytest.mark.parametrize("page", ["data_manipulation", "gaussian"])
def test_screenshots_in_compare(page, size, scheme, visit, server, screenshots):
    if page not in CHAPTERS:
        pytest.skip(f"no page {page}")
    v = visit(
        page_url(server, page, COMPARE),
        viewport=size,
        color_scheme=scheme,
        is_mobile=size is PHONE,
        has_touch=size is PHONE,
    )
    target = v.page.locator(".prelim-compare-frame").nth(1)
    target.scroll_into_view_if_needed()
    v.page.screenshot(path=screenshots / f"compare-{page}-{size['width']}-{scheme}.png")


# -- valid HTML ----------------------------------------------------------------------------

VNU_VERSION = "26.9.27"  # npm vnu-jar; needs Java 17
VNU_DIR = ROOT / "build" / "vnu"
VNU_JAR = VNU_DIR / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
#: errors the Nu checker reports in markup that is not ours (the theme's), each with why;
#: a pattern no page needs any more fails the test
VNU_ALLOWED: dict[str, str] = {}


@pytest.fixture(scope="session")
def vnu() -> Path:
    """The Nu HTML checker, installed with npm into build/vnu when missing."""
    if not VNU_JAR.exists():
        if not shutil.which("npm"):
            pytest.fail("the HTML check needs npm (to install vnu-jar) and Java 17", pytrace=False)
        VNU_DIR.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                "npm",
                "install",
                "--prefix",
                str(VNU_DIR),
                "--no-audit",
                "--no-fund",
                "--silent",
                f"vnu-jar@{VNU_VERSION}",
            ],
            check=True,
            timeout=600,
        )
    if not shutil.which("java"):
        pytest.fail(
            "the HTML check needs Java 17 (`apt-get install openjdk-17-jre-headless`)",
            pytrace=False,
        )
    return VNU_JAR


def test_every_page_is_valid_html(real_site, vnu):
    pages = [real_site / f"{p}.html" for p in PAGES + GENERATED]
    proc = subprocess.run(
        ["java", "-jar", str(vnu), "--errors-only", "--format", "json", *map(str, pages)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    messages = json.loads(proc.stderr or proc.stdout)["messages"]
    errors = [m for m in messages if m.get("type") == "error"]
    used, problems = set(), []
    for m in errors:
        allowed = next((p for p in VNU_ALLOWED if re.search(p, m["message"])), None)
        if allowed:
            used.add(allowed)
        else:
            where = Path(m.get("url", "")).name
            problems.append(
                f"{where}:{m.get('lastLine')}: {m['message']}\n    {m.get('extract', '')[:160]!r}"
            )
    assert not problems, f"the Nu HTML checker {VNU_VERSION}: {len(problems)} errors\n" + "\n".join(
        problems[:30]
    )
    assert used == set(VNU_ALLOWED), f"stale VNU_ALLOWED entries: {set(VNU_ALLOWED) - used}"
