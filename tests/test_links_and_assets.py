"""The real site's pages as files: every internal link, anchor and image resolves, nothing
is loaded from another host, and every page has a title, a description and a favicon.

Read from the html (no browser: test_browser.py loads the same pages in Chromium); the
site is ``real_site`` ($PRELIM_SITE, or build/html brought up to date).
"""

from __future__ import annotations

from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

import pytest

from helpers import ALL_PAGES, PAGES, is_local, parse, parse_file

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("page", ALL_PAGES)
def test_no_broken_internal_link_anchor_or_image(real_site, page):
    doc = parse(real_site, page)
    base = PurePosixPath(f"{page}.html").parent
    broken = []
    for url in doc.links + [u for _tag, u in doc.assets]:
        if not is_local(url) or url.startswith(("javascript:", "mailto:")):
            continue
        parts = urlsplit(url)
        target = (
            (real_site / base / unquote(parts.path)) if parts.path else real_site / f"{page}.html"
        )
        if target.is_dir():
            target = target / "index.html"
        if not target.exists():
            broken.append(f"{url} (no file {target.relative_to(real_site)})")
        elif parts.fragment and target.suffix == ".html":
            ids = parse_file(target).ids
            if unquote(parts.fragment) not in ids:
                broken.append(f"{url} (no anchor #{parts.fragment})")
    assert not broken, f"{page}.html: broken links:\n" + "\n".join(broken)


@pytest.mark.parametrize("page", ALL_PAGES)
def test_page_loads_no_remote_asset(real_site, page):
    """Scripts, styles, fonts, images and the favicon all come from the site itself."""
    remote = [f"<{tag}> {url}" for tag, url in parse(real_site, page).assets if not is_local(url)]
    assert not remote, f"{page}.html loads from other hosts:\n" + "\n".join(remote)


def test_pages_have_titles_descriptions_and_a_favicon(real_site):
    titles = {}
    for page in PAGES:
        doc = parse(real_site, page)
        assert doc.title.strip(), f"{page}.html has no <title>"
        titles.setdefault(doc.title.strip(), []).append(page)
        description = doc.meta.get("description", "")
        assert len(description) >= 40, f"{page}.html: meta description {description!r}"
        icons = [u for tag, u in doc.assets if tag == "link" and "favicon" in u]
        assert icons, f"{page}.html names no favicon"
    same = {t: p for t, p in titles.items() if len(p) > 1}
    assert not same, f"pages share a title: {same}"
