"""The reader's experience, in a real browser: headless Chromium on the built site.

Each page is loaded over http from 127.0.0.1 (see builtsite.py). What a reader relies on:
the framework choice follows them across tab sets, reloads and pages; the copy button
copies a snippet that runs; search finds API names; no page logs an error, requests
anything from another host, or has a serious accessibility violation (axe-core); pages
work at phone width and in the dark theme. Screenshots land in build/screenshots.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from builtsite import SETTLED, Visit, settle
from helpers import ALL_PAGES, CHAPTERS, PAGES, ROOT, SYNC_IDS, examples_of
from prelim.core.frameworks import FRAMEWORKS

pytestmark = [pytest.mark.browser, pytest.mark.slow]

AXE_VERSION = "4.12.1"  # pinned by axe-playwright-python==0.1.8 (pyproject.toml)
ALLOWLIST = Path(__file__).parent / "axe_allowlist.toml"
SERIOUS = ("serious", "critical")
#: WCAG rules the pinned axe leaves off as experimental (label-content-name-mismatch is
#: WCAG 2.5.3, level A): the theme's search button failed it unseen, named "Search" with
#: the visible text "Search Ctrl+K" (docs/_templates/search-button-field.html fixes it)
EXPERIMENTAL_IN_PINNED_AXE = ["label-content-name-mismatch"]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 812}

#: the sync id each prelim tab set shows, in page order
SELECTED = """() => [...document.querySelectorAll('.sd-tab-set.prelim-example')].map(s => {
    const input = s.querySelector(':scope > input:checked');
    return input ? input.nextElementSibling.dataset.syncId : null; })"""
#: formulas whose rendering (mjx-math) sticks out of a box that hides its overflow: the
#: rest of them cannot be read (the hidden assistive MathML is left out of the measure)
CLIPPED_MATH = """() => [...document.querySelectorAll('mjx-container')].filter(m => {
    const math = m.querySelector('mjx-math');
    if (!math) return false;
    const right = math.getBoundingClientRect().right;
    for (let a = m; a && a !== document.body; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (['auto', 'scroll'].includes(s.overflowX)) return false;
        if (['hidden', 'clip'].includes(s.overflowX))
            return right > a.getBoundingClientRect().right + 2;
    }
    return right > window.innerWidth + 2; }).map(m => m.textContent.slice(0, 40))"""


def page_url(server: str, page: str, query: str = "") -> str:
    return f"{server}{page}.html{query}"


# -- accessibility ------------------------------------------------------------------------


def _axe_source() -> str:
    import axe_playwright_python

    return (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text()


def run_axe(
    page, rules: list[str] | None = None, within: str | None = None, without: tuple[str, ...] = ()
) -> list[dict]:
    """axe-core's violations on the page as it is now (all rules but ``without``, or just
    ``rules``), in the whole document or only in the elements the CSS selector ``within``
    matches."""
    page.evaluate(_axe_source())
    version = page.evaluate("axe.version")
    assert version == AXE_VERSION, f"axe-core {version}, expected the pinned {AXE_VERSION}"
    # no preload: axe would re-fetch the theme's @imported stylesheets from the wrong folder
    options = {"resultTypes": ["violations"], "preload": False}
    if rules:
        options["runOnly"] = {"type": "rule", "values": rules}
    else:  # axe 4.12 tags these rules "experimental" (off by default); 4.14 runs them with
        # the WCAG 2.0/2.1 A and AA rules, and so do we
        options["rules"] = {rule: {"enabled": True} for rule in EXPERIMENTAL_IN_PINNED_AXE}
        options["rules"].update({rule: {"enabled": False} for rule in without})
    context = {"include": [[within]]} if within else None
    return page.evaluate(
        "([context, options]) => axe.run(context || document, options)", [context, options]
    )["violations"]


def load_allowlist() -> list[dict]:
    entries = tomllib.loads(ALLOWLIST.read_text(encoding="utf-8")).get("allow", [])
    for i, entry in enumerate(entries):
        missing = {"rule", "selector", "reason"} - set(entry)
        assert not missing, f"{ALLOWLIST.name}: entry {i + 1} lacks {', '.join(missing)}"
        assert entry["reason"].strip(), f"{ALLOWLIST.name}: entry {i + 1} needs a reason"
    return entries


def unexplained(violations: list[dict], allow: list[dict], used: set[int]) -> list[str]:
    """Serious or critical violations no allowlist entry explains (noting those used)."""
    problems = []
    for v in violations:
        if v["impact"] not in SERIOUS:
            continue
        for node in v["nodes"]:
            target = " ".join(map(str, node["target"]))
            match = next(
                (
                    i
                    for i, e in enumerate(allow)
                    if e["rule"] == v["id"] and re.search(e["selector"], target)
                ),
                None,
            )
            if match is None:
                problems.append(
                    f"{v['id']} ({v['impact']}): {v['help']}\n    at {target}\n"
                    f"    {node['html'][:200]}\n    {v['helpUrl']}"
                )
            else:
                used.add(match)
    return problems


@pytest.fixture(scope="session")
def allowlist_used() -> set[int]:
    return set()


class LightPages(dict):
    """Each page loaded once, on first use, at desktop width in the light theme: what it
    logged and requested, and axe-core's findings (the slow part: about 1-5 s a page)."""

    def __init__(self, browser, server):
        super().__init__()
        self.browser, self.server = browser, server

    def __missing__(self, page):
        v = Visit(self.browser, page_url(self.server, page), viewport=DESKTOP, color_scheme="light")
        try:
            self[page] = {
                "errors": v.errors,
                "requests": list(v.requests),
                "failed": v.failed,
                "violations": run_axe(v.page),
                "math": v.page.locator("mjx-container").count(),
            }
        finally:
            v.close()
        return self[page]


@pytest.fixture(scope="session")
def light_pages(browser, server):
    return LightPages(browser, server)


@pytest.mark.parametrize("page", ALL_PAGES)
def test_no_console_errors_or_failed_requests(page, light_pages):
    seen = light_pages[page]
    assert not seen["errors"], f"{page}.html logged errors:\n" + "\n".join(seen["errors"])
    assert not seen["failed"], f"{page}.html: failed requests:\n" + "\n".join(seen["failed"])


@pytest.mark.parametrize("page", ALL_PAGES)
def test_page_load_requests_nothing_outside_the_site(page, light_pages, server):
    site_host = urlsplit(server).netloc
    outside = [
        u
        for u in light_pages[page]["requests"]
        if urlsplit(u).scheme not in ("data", "blob") and urlsplit(u).netloc != site_host
    ]
    assert not outside, f"{page}.html requested from other hosts:\n" + "\n".join(outside)


@pytest.mark.parametrize(
    "page", [p for p in PAGES if "$" in (ROOT / "docs" / f"{p}.md").read_text(encoding="utf-8")]
)
def test_math_is_typeset(page, light_pages):
    """MathJax (served by the site itself) turned the page's $...$ into rendered math."""
    assert light_pages[page]["math"] > 0, f"{page}.html: no math was typeset"


@pytest.mark.parametrize("page", ALL_PAGES)
def test_no_serious_accessibility_violation(page, light_pages, allowlist_used):
    problems = unexplained(light_pages[page]["violations"], load_allowlist(), allowlist_used)
    assert not problems, (
        f"{page}.html: axe-core {AXE_VERSION} reports (fix it, or if the "
        f"theme causes it, list it in {ALLOWLIST.name} with the reason):\n" + "\n".join(problems)
    )


#: code blocks and outputs on screen that scroll: wider or taller than their box
SCROLLING = """() => [...document.querySelectorAll('pre, .cell_output > .output')].filter(e =>
    e.offsetParent !== null
    && (e.scrollWidth > e.clientWidth || e.scrollHeight > e.clientHeight)).length"""


def test_code_a_framework_choice_shows_keeps_its_keyboard_access(visit, server):
    """A tab hidden at load had its wide code measured 0 wide by the theme: no tab stop."""
    page = "data_manipulation" if "data_manipulation" in CHAPTERS else CHAPTERS[0]
    v = visit(page_url(server, page), viewport=DESKTOP)
    for sync_id in reversed(SYNC_IDS):  # the first one is shown at load: it comes last
        _first_set(v.page).locator(f"label[data-sync-id={sync_id}]").click()
        v.page.evaluate(SETTLED)
        assert v.page.evaluate(SCROLLING) > 0, f"{page}.html: no wide code to check any more"
        problems = unexplained(run_axe(v.page, ["scrollable-region-focusable"]), [], set())
        assert not problems, (
            f"{page}.html after choosing {sync_id}: code or output that "
            "scrolls cannot be reached with the keyboard:\n" + "\n".join(problems)
        )


# -- the landing page --------------------------------------------------------------------

#: the landing page's link to each chapter, with where the browser lays it out
CHAPTER_LINKS = """() => [...document.querySelectorAll('.prelim-parts a.reference.internal')].map(
    a => { const r = a.getBoundingClientRect();
           return {href: a.getAttribute('href'), bottom: r.bottom, visible: r.height > 0}; })"""


def test_the_landing_page_shows_every_chapter_without_scrolling(visit, server):
    """The index leads with the two parts, one line per chapter, all on the first screen
    of a 1300 px wide window (800 px of it tall: a laptop's, under the browser's bars)."""
    screen = {"width": 1300, "height": 800}
    v = visit(page_url(server, "index"), viewport=screen)
    links = v.page.evaluate(CHAPTER_LINKS)
    linked = {link["href"].removesuffix(".html") for link in links}
    assert set(CHAPTERS) <= linked, (
        f"chapters the landing page does not list: {set(CHAPTERS) - linked}"
    )
    for link in links:
        assert link["visible"] and link["bottom"] <= screen["height"], (
            f"{link['href']} is below the first screen ({link['bottom']:.0f} px)"
        )


# -- the framework choice ---------------------------------------------------------------


def _first_set(page):
    return page.locator(".sd-tab-set.prelim-example").first


def test_choosing_a_framework_switches_every_tab_set_and_persists(visit, server):
    first, second = CHAPTERS[0], CHAPTERS[1]
    v = visit(page_url(server, first), viewport=DESKTOP)
    page = v.page
    before = page.evaluate(SELECTED)
    assert len(before) == len(examples_of(first)) and set(before) == {"pytorch"}
    _first_set(page).locator("label[data-sync-id=jax]").click()
    assert set(page.evaluate(SELECTED)) == {"jax"}, "one click must switch every tab set"
    jax_code = _first_set(page).locator(".sd-tab-content").nth(1).locator(".cell_input")
    assert jax_code.is_visible() and "jax" in jax_code.inner_text()
    page.reload()
    settle(page)
    assert set(page.evaluate(SELECTED)) == {"jax"}, "the choice must survive a reload"
    page.goto(page_url(server, second))
    settle(page)
    assert set(page.evaluate(SELECTED)) == {"jax"}, "the choice must follow to other pages"
    _first_set(page).locator("label[data-sync-id=tensorflow]").click()
    page.goto(page_url(server, first))
    settle(page)
    assert set(page.evaluate(SELECTED)) == {"tensorflow"}


@pytest.mark.parametrize("sync_id", SYNC_IDS)
def test_framework_query_selects_the_framework(visit, server, sync_id):
    v = visit(page_url(server, CHAPTERS[-1], f"?framework={sync_id}"), viewport=DESKTOP)
    assert set(v.page.evaluate(SELECTED)) == {sync_id}


# -- copying a snippet --------------------------------------------------------------------


def test_copy_button_copies_exactly_the_snippet_and_it_runs(visit, server, tmp_path):
    chapter = "data_manipulation" if "data_manipulation" in CHAPTERS else CHAPTERS[0]
    name = examples_of(chapter)[0]
    snippet = (ROOT / "snippets" / chapter / f"{name}{FRAMEWORKS['jax'].suffix}.py").read_text()
    v = visit(
        page_url(server, chapter, "?framework=jax"),
        viewport=DESKTOP,
        permissions=["clipboard-read", "clipboard-write"],
    )
    cell = _first_set(v.page).locator(".sd-tab-content").nth(1).locator(".cell_input")
    cell.hover()
    cell.locator("button.copybtn").click()
    copied = v.page.evaluate("navigator.clipboard.readText()")
    assert copied.rstrip("\n") == snippet.rstrip("\n"), (
        f"the copy button of {chapter}/{name} (JAX) copied:\n{copied}\n--- not the snippet:\n"
        f"{snippet}"
    )
    env = {"PATH": "/usr/bin:/bin", "MPLBACKEND": "Agg", "HOME": str(tmp_path)}
    run = subprocess.run(
        [sys.executable, "-c", copied],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, f"the copied snippet failed in a fresh interpreter:\n{run.stderr}"


# -- search -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "page"), [("tensordot", "linear_algebra"), ("arange", "data_manipulation")]
)
def test_search_finds_an_api_name(visit, server, query, page):
    if page not in PAGES:
        pytest.skip(f"no page {page}")
    v = visit(page_url(server, "search", f"?q={query}"), viewport=DESKTOP)
    results = v.page.locator("#search-results ul.search li")
    results.first.wait_for(timeout=30_000)
    links = [a.get_attribute("href") or "" for a in results.locator("a").all()]
    assert any(h.split("?")[0].split("#")[0].endswith(f"{page}.html") for h in links), (
        f"searching {query!r} did not find {page}.html: {links}"
    )


# -- phone width, dark theme --------------------------------------------------------------

#: pages whose dark-theme contrast axe checks: between them every component a page has
#: (tabs, code, outputs, tables, figures, math, the provenance and download lines, search
#: results); the colours come from the theme's one dark palette, so the other pages add
#: only time (color-contrast is axe's slowest rule)
DARK_CONTRAST = ["index", "gaussian", "data_preprocessing", "execution_report", "search"]


@pytest.mark.parametrize("page", ALL_PAGES)
def test_readable_on_a_phone_in_the_dark_theme(page, visit, server, screenshots, allowlist_used):
    v = visit(
        page_url(server, page), viewport=PHONE, is_mobile=True, has_touch=True, color_scheme="dark"
    )
    assert v.page.evaluate("document.documentElement.dataset.theme") == "dark", (
        f"{page}.html does not follow the reader's dark colour scheme"
    )
    # against the phone's width, not window.innerWidth: a mobile browser widens its layout
    # viewport to fit content wider than the screen (and shows it all zoomed out)
    overflow = v.page.evaluate(
        """phone => ({
        page: document.documentElement.scrollWidth, body: document.body.scrollWidth,
        view: phone,
        wide: [...document.querySelectorAll('article *')].filter(e => {
            const r = e.getBoundingClientRect();
            return r.width > 0 && r.right > phone + 1
                && !e.closest('pre, table, .cell_output, mjx-container, .highlight');
        }).slice(0, 5).map(e => e.tagName + '.' + [...e.classList].join('.'))})""",
        PHONE["width"],
    )
    assert overflow["page"] <= overflow["view"] and overflow["body"] <= overflow["view"], (
        f"{page}.html is wider than a {PHONE['width']} px phone: {overflow}"
    )
    assert not overflow["wide"], (
        f"{page}.html: cut off at the right edge of a {PHONE['width']} px phone: {overflow['wide']}"
    )
    clipped = v.page.evaluate(CLIPPED_MATH)
    assert not clipped, (
        f"{page}.html: math cut off at phone width, with no way to scroll to the rest: {clipped}"
    )
    if page in CHAPTERS:
        label = _first_set(v.page).locator("label[data-sync-id=tensorflow]")
        label.scroll_into_view_if_needed()
        box = label.bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], (
            f"{page}.html: the TensorFlow tab is off screen at phone width: {box}"
        )
        label.tap()
        assert set(v.page.evaluate(SELECTED)) == {"tensorflow"}, "tapping a tab did nothing"
    if page in DARK_CONTRAST:
        problems = unexplained(
            run_axe(v.page, ["color-contrast"]), load_allowlist(), allowlist_used
        )
        assert not problems, f"{page}.html in the dark theme:\n" + "\n".join(problems)
        v.page.screenshot(path=screenshots / f"phone-dark-{page}.png", full_page=True)


def test_figures_in_the_dark_theme(visit, server, screenshots):
    """Figures load and keep their light background; the screenshot is for a human eye."""
    page = next((p for p in ("gaussian", "probability", "calculus") if p in CHAPTERS), CHAPTERS[0])
    v = visit(page_url(server, page), viewport=DESKTOP, color_scheme="dark")
    figures = v.page.locator(".cell_output img")
    assert figures.count() > 0, f"{page}.html has no figures"
    for i in range(figures.count()):
        assert v.page.evaluate(
            "img => img.complete && img.naturalWidth > 0", figures.nth(i).element_handle()
        ), f"figure {i} did not load"
    v.page.screenshot(path=screenshots / f"dark-{page}.png", full_page=True)


# -- the allowlist ------------------------------------------------------------------------


def test_allowlist_entries_are_still_needed(light_pages, allowlist_used):
    """Last in this file, so it sees what the accessibility tests matched: an entry nothing
    matched (in the light pass, or the dark pass when it ran) is stale."""
    allow = load_allowlist()
    for page in ALL_PAGES:  # also when this test runs alone
        unexplained(light_pages[page]["violations"], allow, allowlist_used)
    stale = [
        f"{e['rule']} at {e['selector']!r}" for i, e in enumerate(allow) if i not in allowlist_used
    ]
    assert not stale, f"{ALLOWLIST.name}: entries no page needs any more (remove them): {stale}"
