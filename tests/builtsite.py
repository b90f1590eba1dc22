"""The real site as built, served over http on 127.0.0.1, and a headless Chromium to read it.

Which site: ``$PRELIM_SITE`` (a built html folder) if set, else ``build/html`` brought up
to date by an incremental build (CI runs ``nox -s docs`` first, so that is quick).

conftest.py loads this module as a plugin: its fixtures are ``real_site`` (the html
folder), ``server``, ``browser`` and ``screenshots``. Test modules import nothing from it.
"""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import threading
from pathlib import Path

import pytest
from run_once import once
from sphinx_command import sphinx_build

from helpers import PAGES, ROOT

SITE_VARIABLE = "PRELIM_SITE"
SCREENSHOTS_VARIABLE = "PRELIM_SCREENSHOTS"
CHROMIUM = Path("/usr/bin/chromium")
#: Debian's Chromium, headless; nothing that would call home or update itself
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--mute-audio",
]
INSTALL_HINT = (
    "install it with `apt-get install -y chromium chromium-driver` (as root), or "
    "run the tests with `nox -s tests`, which installs it"
)
SITE = ROOT / "build" / "html"


@pytest.fixture(scope="session")
def real_site(tmp_path_factory) -> Path:
    """The real site's built html folder, which every real-site test reads: $PRELIM_SITE,
    or build/html brought up to date.

    `nox -s docs` (run before the tests in CI) leaves a fresh build there; this runs an
    incremental build on top, which costs seconds when nothing changed and re-executes
    only what did, so the site tests never judge a stale page. Once per test run, shared
    by the xdist workers (run_once.py): two builds into build/html at once would collide.
    """
    if chosen := os.environ.get(SITE_VARIABLE):
        html = Path(chosen)
        if missing := [d for d in PAGES if not (html / f"{d}.html").exists()]:
            pytest.fail(
                f"{SITE_VARIABLE}={chosen}: no page for {', '.join(missing)}; build "
                "the site there first",
                pytrace=False,
            )
        return html
    return once(tmp_path_factory, "real_site", _update_site)


def _update_site() -> Path:
    proc = subprocess.run(  # incremental, into build/html as nox -s docs builds it
        sphinx_build(ROOT, SITE, quiet=True, doctrees=ROOT / "build" / ".doctrees" / "html"),
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert proc.returncode == 0, f"the site does not build:\n{proc.stdout}\n{proc.stderr}"
    return SITE


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


@pytest.fixture(scope="session")
def server(real_site):
    """The site served over http on 127.0.0.1; yields its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(real_site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


@pytest.fixture(scope="session")
def browser():
    """Debian's headless Chromium driven by Playwright (never a downloaded browser)."""
    if not CHROMIUM.exists():
        pytest.fail(f"the browser tests need Chromium at {CHROMIUM}: {INSTALL_HINT}", pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    """Where screenshots are kept as test artefacts (look at them)."""
    path = Path(os.environ.get(SCREENSHOTS_VARIABLE, ROOT / "build" / "screenshots"))
    path.mkdir(parents=True, exist_ok=True)
    return path


#: after the load event MathJax's script has run (it is deferred), so its promise exists on
#: every page that typesets; it settles once the page's formulas are typeset. Then two
#: frames, so that what runs after layout (ResizeObservers: the tab stops) has run.
SETTLED = """() => ((window.MathJax && MathJax.startup && MathJax.startup.promise)
    || Promise.resolve()).then(() => new Promise(done =>
        requestAnimationFrame(() => requestAnimationFrame(() => done(true)))))"""


def settle(page) -> None:
    """Wait until the page is as a reader sees it: parsed, loaded, network quiet, math set.

    Playwright's "networkidle" alone can come while a long page is still being parsed
    (document.readyState "loading", seen on a loaded CI runner): the checks then ran on half
    a page, before the theme's load handlers, and axe flagged code blocks as unfocusable.
    """
    page.wait_for_load_state("load")
    page.wait_for_load_state("networkidle")
    page.evaluate(SETTLED)


class Visit:
    """One page load, with what the page logged and requested."""

    def __init__(self, browser, url: str, **context_options):
        self.context = browser.new_context(**context_options)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.failed: list[str] = []
        self.page.on(
            "console",
            lambda m: (
                m.type == "error"
                and self.errors.append(f"console: {m.text} ({m.location.get('url', '')})")
            ),
        )
        self.page.on("pageerror", lambda e: self.errors.append(f"uncaught: {e}"))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("requestfailed", lambda r: self.failed.append(f"{r.url} ({r.failure})"))
        self.page.on(
            "response",
            lambda r: r.status >= 400 and self.failed.append(f"{r.url} (HTTP {r.status})"),
        )
        self.page.goto(url)
        settle(self.page)

    def close(self):
        self.context.close()


@pytest.fixture
def visit(browser):
    opened = []

    def open_(url, **options):
        opened.append(Visit(browser, url, **options))
        return opened[-1]

    yield open_
    for v in opened:
        v.close()
