"""The built site as files: links, images, figures' alt text, downloads, the report.

Read from the html (no browser needed); the site comes from builtsite.py.
"""

from __future__ import annotations

import functools
import html.parser
import importlib.metadata
import io
import re
import zipfile
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

import nbformat
import pytest

from builtsite import CHAPTERS, GENERATED, PAGES, ROOT, examples_of
from prelim.examples import FRAMEWORKS, Example
from prelim.exercises import examples_in_solutions

pytestmark = pytest.mark.slow

ALL_PAGES = PAGES + GENERATED
SYNC_IDS = {"torch": "pytorch", "jax": "jax", "tf": "tensorflow"}


class Page(html.parser.HTMLParser):
    """What a page links to, loads, and names: (tag, attrs) of the parts we check."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []  # <a href>
        self.assets: list[tuple[str, str]] = []  # (tag, url) the browser loads
        self.images: list[dict] = []  # <img> with the classes of its ancestors
        self.meta: dict[str, str] = {}
        self.title = ""
        self._stack: list[tuple[str, list[str]]] = []
        self._in_title = False
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag not in ("img", "meta", "link", "br", "hr", "input", "source", "col", "wbr"):
            self._stack.append((tag, classes))
        for key in ("id", "name") if tag == "a" else ("id",):
            if a.get(key):
                self.ids.add(a[key])
        if tag == "a" and a.get("href") is not None:
            self.links.append(a["href"])
        if tag in ("script", "img", "source", "iframe") and a.get("src"):
            self.assets.append((tag, a["src"]))
        if tag == "link" and a.get("href") and set((a.get("rel") or "").split()) & {
                "stylesheet", "icon", "preload", "modulepreload", "manifest"}:
            self.assets.append((tag, a["href"]))
        if tag == "img":
            ancestors = [c for _t, cs in self._stack for c in cs]
            self.images.append({"src": a.get("src", ""), "alt": a.get("alt"),
                                "ancestors": ancestors})
        if tag == "meta" and a.get("name"):
            self.meta[a["name"]] = a.get("content", "")
        self._in_title = tag == "title"

    def handle_endtag(self, tag):
        for i in range(len(self._stack) - 1, -1, -1):
            if self._stack[i][0] == tag:
                del self._stack[i:]
                break
        self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def parse(site: Path, page: str) -> Page:
    return parse_file(site / f"{page}.html")


@functools.cache
def parse_file(path: Path) -> Page:
    return Page(path.read_text(encoding="utf-8"))


def _local(url: str) -> bool:
    parts = urlsplit(url)
    return not parts.scheme and not parts.netloc and not url.startswith("//")


@pytest.mark.parametrize("page", ALL_PAGES)
def test_no_broken_internal_link_anchor_or_image(site, page):
    doc = parse(site, page)
    base = PurePosixPath(f"{page}.html").parent
    broken = []
    for url in doc.links + [u for _tag, u in doc.assets]:
        if not _local(url) or url.startswith(("javascript:", "mailto:")):
            continue
        parts = urlsplit(url)
        target = (site / base / unquote(parts.path)) if parts.path else site / f"{page}.html"
        if target.is_dir():
            target = target / "index.html"
        if not target.exists():
            broken.append(f"{url} (no file {target.relative_to(site)})")
        elif parts.fragment and target.suffix == ".html":
            ids = parse_file(target).ids
            if unquote(parts.fragment) not in ids:
                broken.append(f"{url} (no anchor #{parts.fragment})")
    assert not broken, f"{page}.html: broken links:\n" + "\n".join(broken)


@pytest.mark.parametrize("page", ALL_PAGES)
def test_page_loads_no_remote_asset(site, page):
    """Scripts, styles, fonts, images and the favicon all come from the site itself."""
    remote = [f"<{tag}> {url}" for tag, url in parse(site, page).assets if not _local(url)]
    assert not remote, f"{page}.html loads from other hosts:\n" + "\n".join(remote)


_FILE_NAME = re.compile(r"^[\w.\-/]+\.(png|jpe?g|svg|gif|webp)$|^[0-9a-f]{16,}", re.I)


@pytest.mark.parametrize("page", CHAPTERS)
def test_every_figure_has_descriptive_alt_text(site, page):
    figures = [img for img in parse(site, page).images if "cell_output" in img["ancestors"]]
    bad = [f"{img['src']}: alt={img['alt']!r}" for img in figures
           if not img["alt"] or _FILE_NAME.search(img["alt"].strip())
           or len(img["alt"].split()) < 4]
    assert not bad, (f"{page}.html: figures need alt text that describes them (`:alt:` on "
                     "the example's cell):\n" + "\n".join(bad))


@pytest.mark.parametrize("page", CHAPTERS)
def test_figures_stay_readable_on_the_dark_theme(site, page):
    """A figure with a transparent background would put black axes on a dark page."""
    from PIL import Image

    problems = []
    for img in parse(site, page).images:
        if "cell_output" not in img["ancestors"] or not img["src"].endswith(".png"):
            continue
        with Image.open(site / unquote(img["src"])) as im:
            rgba = im.convert("RGBA")
            w, h = rgba.size
            for x, y in ((0, 0), (w - 1, 0), (0, h - 1), (w - 1, h - 1)):
                r, g, b, a = rgba.getpixel((x, y))
                if a < 255 or (r + g + b) / 3 < 200:
                    problems.append(f"{img['src']}: corner {(x, y)} is {(r, g, b, a)}")
                    break
    assert not problems, f"{page}.html: figures without an opaque light background:\n" + \
        "\n".join(problems)


def test_pages_have_titles_descriptions_and_a_favicon(site):
    titles = {}
    for page in PAGES:
        doc = parse(site, page)
        assert doc.title.strip(), f"{page}.html has no <title>"
        titles.setdefault(doc.title.strip(), []).append(page)
        description = doc.meta.get("description", "")
        assert len(description) >= 40, f"{page}.html: meta description {description!r}"
        icons = [u for tag, u in doc.assets if tag == "link" and "favicon" in u]
        assert icons, f"{page}.html names no favicon"
    same = {t: p for t, p in titles.items() if len(p) > 1}
    assert not same, f"pages share a title: {same}"


# -- downloads ----------------------------------------------------------------------------


def _download_links(site: Path, page: str) -> list[str]:
    return [u for u in parse(site, page).links if u.startswith(f"downloads/{page}/")]


@pytest.mark.parametrize("page", CHAPTERS)
def test_chapter_offers_a_notebook_per_framework_with_outputs(site, page):
    links = _download_links(site, page)
    for fw, sync_id in SYNC_IDS.items():
        url = f"downloads/{page}/{page}_{sync_id}.ipynb"
        assert url in links, f"{page}.html does not link {url}: {links}"
        nb = nbformat.read(site / url, as_version=4)
        nbformat.validate(nb)
        code = [c for c in nb.cells if c.cell_type == "code"]
        solved = examples_in_solutions((ROOT / "docs" / f"{page}.md").read_text("utf-8"))
        expected = [Example(page, name).snippets((fw,))[fw].source
                    for name in examples_of(page) if name not in solved]  # solutions: apart
        assert [c.source for c in code] == expected, (
            f"{url}: its code cells are not exactly the chapter's {FRAMEWORKS[fw][1]} "
            "snippets, in page order")
        empty = [i for i, c in enumerate(code) if not c.outputs]
        assert not empty, f"{url}: code cells {empty} have no output"
        prose = "".join(c.source for c in nb.cells if c.cell_type == "markdown")
        heading = (ROOT / "docs" / f"{page}.md").read_text(encoding="utf-8").splitlines()[0]
        assert heading in prose, f"{url}: the chapter's text is missing"
        text = (site / url).read_text(encoding="utf-8")
        for local in (str(ROOT), "/root/", "/home/", "absl::InitializeLog"):
            assert local not in text, f"{url} contains {local!r}"


@pytest.mark.parametrize("page", CHAPTERS)
def test_chapter_offers_its_snippets_as_py_files(site, page):
    url = f"downloads/{page}/{page}_snippets.zip"
    assert url in _download_links(site, page), f"{page}.html does not link {url}"
    with zipfile.ZipFile(io.BytesIO((site / url).read_bytes())) as zf:
        files = {n: zf.read(n).decode() for n in zf.namelist()}
    expected = {}
    for name in examples_of(page):
        for snip in Example(page, name).snippets().values():
            expected[f"{page}/{snip.path.name}"] = snip.source
    assert set(files) - {"README.txt"} == set(expected)
    for name, source in expected.items():
        assert files[name].rstrip("\n") == source, f"{url}: {name} differs from the snippet"


# -- the execution report -----------------------------------------------------------------


def test_execution_report_lists_every_chapter_and_the_environment(site):
    text = (site / "execution_report.html").read_text(encoding="utf-8")
    rows = re.findall(r"<tr[^>]*>(.*?)</tr>", text, re.S)
    for page in CHAPTERS:
        row = next((r for r in rows if f'href="{page}.html"' in r), None)
        assert row, f"the execution report has no row for {page}"
        assert "succeeded" in row, f"{page}: {re.sub(r'<[^>]+>', ' ', row)}"
        assert re.search(r'<span class="prelim-volatile">\d+\.\d s</span>', row), row
    plain = re.sub(r"<[^>]+>", " ", text)
    for dist in ("torch", "jax", "tensorflow", "numpy"):
        version = importlib.metadata.version(dist)
        assert version in plain, f"the report does not name {dist} {version}"
    assert "execution_report" in (ROOT / "docs" / "index.md").read_text(), "not in the toctree"


def test_compilation_page_shows_the_retracing_warning_its_text_promises(site):
    """The page says TensorFlow's retracing warning is "visible in the output below": a
    line of TensorFlow's Python logger, which kernels forked from the build's zygote once
    sent to the build's console instead (see test_parallel_builds)."""
    html = (site / "compilation.html").read_text(encoding="utf-8")
    start = html.index('<section id="retracing-python-scalars">')
    section = html[start:html.index("<section", start + 1)]
    assert "visible in the output below" in section
    assert section.count("WARNING:tensorflow:5 out of the last 5 calls to") == 1
