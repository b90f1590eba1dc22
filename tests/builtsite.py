"""The built site, served over http on 127.0.0.1, and a headless Chromium to read it.

Which site: ``$PRELIM_SITE`` (a built html folder) if set, else ``build/html`` brought up
to date by conftest's ``built_site`` (CI runs ``nox -s docs`` first, so that is quick).

conftest.py loads this module as a plugin; test modules import only its constants.
"""

from __future__ import annotations

import functools
import http.server
import os
import re
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
SITE_VARIABLE = "PRELIM_SITE"
SCREENSHOTS_VARIABLE = "PRELIM_SCREENSHOTS"
CHROMIUM = Path("/usr/bin/chromium")
#: Debian's Chromium, headless; nothing that would call home or update itself
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-default-apps", "--mute-audio"]
INSTALL_HINT = ("install it with `apt-get install -y chromium chromium-driver` (as root), or "
                "run the tests with `nox -s tests`, which installs it")


def docnames() -> list[str]:
    """Every page of the site, from its sources (known before anything is built)."""
    return sorted(p.relative_to(DOCS).with_suffix("").as_posix() for p in DOCS.rglob("*.md")
                  if not any(part.startswith("_") for part in p.relative_to(DOCS).parts))


def examples_of(docname: str) -> list[str]:
    """The example names a page refers to, in page order."""
    text = (DOCS / f"{docname}.md").read_text(encoding="utf-8")
    return re.findall(r"^:example:\s*(\S+)\s*$", text, re.M)


PAGES = docnames()
CHAPTERS = [d for d in PAGES if examples_of(d)]
#: the pages Sphinx adds to the sources' pages
GENERATED = ["genindex", "search"]


@pytest.fixture(scope="session")
def site(request) -> Path:
    """The built html folder the tests read: $PRELIM_SITE, or build/html brought up to
    date (conftest's ``built_site``: an incremental build, seconds when nothing changed)."""
    if chosen := os.environ.get(SITE_VARIABLE):
        html = Path(chosen)
        if missing := [d for d in PAGES if not (html / f"{d}.html").exists()]:
            pytest.fail(f"{SITE_VARIABLE}={chosen}: no page for {', '.join(missing)}; build "
                        "the site there first", pytrace=False)
        return html
    return request.getfixturevalue("built_site")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


@pytest.fixture(scope="session")
def server(site):
    """The site served over http on 127.0.0.1; yields its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(site))
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
        pytest.fail(f"the browser tests need Chromium at {CHROMIUM}: {INSTALL_HINT}",
                    pytrace=False)
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
