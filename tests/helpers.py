"""What the test modules share, in one place: the project's folders, the site's pages,
reading a built page, and the one small-site builder (a copy of tests/fixture_site with
pages and snippets written over it, built in a subprocess as `nox -s docs` builds).

The fixtures live in conftest.py (snippet results), builtsite.py (the real site, its
server, the browser) and fresh_builds.py (two fresh builds of the fixture site); test
modules import only from here.
"""

from __future__ import annotations

import functools
import html as html_lib
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
EXTENSION = DOCS / "_ext"
FIXTURE = Path(__file__).parent / "fixture_site"
if str(ROOT / "tools") not in sys.path:  # the one build command (the extension is installed)
    sys.path.insert(0, str(ROOT / "tools"))

from sphinx_command import sphinx_build  # noqa: E402

from prelim.core.frameworks import FRAMEWORKS  # noqa: E402

# -- the real site's pages ----------------------------------------------------------------


def docnames() -> list[str]:
    """Every page of the site, from its sources (known before anything is built)."""
    return sorted(
        p.relative_to(DOCS).with_suffix("").as_posix()
        for p in DOCS.rglob("*.md")
        if not any(part.startswith("_") for part in p.relative_to(DOCS).parts)
    )


def examples_of(docname: str) -> list[str]:
    """The example names a page refers to, in page order."""
    text = (DOCS / f"{docname}.md").read_text(encoding="utf-8")
    return re.findall(r"^:example:\s*(\S+)\s*$", text, re.M)


PAGES = docnames()
CHAPTERS = [d for d in PAGES if examples_of(d)]
#: the pages Sphinx adds to the sources' pages
GENERATED = ["genindex", "search"]
ALL_PAGES = PAGES + GENERATED
#: the tabs' sync ids, in the site's order (pytorch, jax, tensorflow)
SYNC_IDS = [fw.sync_id for fw in FRAMEWORKS.values()]

# -- reading a built page -----------------------------------------------------------------


def text_of(html: str) -> str:
    """The visible text of a page, one run of whitespace kept as one space."""
    html = re.sub(r"<(script|style)\b.*?</\1>", "", html, flags=re.S)
    return re.sub(r"\s+", " ", html_lib.unescape(re.sub(r"<[^>]+>", " ", html)))


def table_rows(html: str, table_class: str) -> list[list[str]]:
    """The body rows of the tables with that class, as cell texts."""
    rows = []
    for table in re.findall(rf'<table class="[^"]*{table_class}[^"]*">(.*?)</table>', html, re.S):
        for row in re.findall(r"<tr.*?</tr>", table.split("<tbody>", 1)[1], re.S):
            rows.append(
                [
                    " ".join(html_lib.unescape(re.sub(r"<[^>]+>", " ", cell)).split())
                    for cell in re.findall(r"<td.*?</td>", row, re.S)
                ]
            )
    return rows


class Page(HTMLParser):
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
        if (
            tag == "link"
            and a.get("href")
            and set((a.get("rel") or "").split())
            & {"stylesheet", "icon", "preload", "modulepreload", "manifest"}
        ):
            self.assets.append((tag, a["href"]))
        if tag == "img":
            ancestors = [c for _t, cs in self._stack for c in cs]
            self.images.append(
                {"src": a.get("src", ""), "alt": a.get("alt"), "ancestors": ancestors}
            )
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
    """A page of a built html folder, parsed (once per process)."""
    return parse_file(site / f"{page}.html")


@functools.cache
def parse_file(path: Path) -> Page:
    return Page(path.read_text(encoding="utf-8"))


def is_local(url: str) -> bool:
    """Whether a URL points into the site itself (no scheme, no host)."""
    parts = urlsplit(url)
    return not parts.scheme and not parts.netloc and not url.startswith("//")


def anchor(name: str) -> str:
    """The id of an example's tab set on its page."""
    return "example-" + name.replace("_", "-")


def html_of(site: Path, name: str) -> str:
    """A page of a small site, as built into site/_build/html."""
    return (site / "_build" / "html" / f"{name}.html").read_text(encoding="utf-8")


def executed_units(log: str) -> list[str]:
    """The units a build executed (``page/framework``), one entry per execution."""
    return sorted(
        f"{page}/{fw}" for page, fw in re.findall(r"docs/(\w+)\.md: Executed unit (\w+) in", log)
    )


def executed(log: str) -> list[str]:
    """The pages a build executed: one entry per page whose units ran, plus one each time
    myst-nb executed a page itself while reading (after one of its units failed)."""
    pages = {unit.split("/")[0] for unit in executed_units(log)}
    return sorted([*pages, *re.findall(r"docs/(\w+)\.md: Executed notebook", log)])


# -- small sites: a copy of tests/fixture_site, built in a subprocess ----------------------

#: build only JAX's snippets (the lightest import): for tests where which framework a page
#: runs changes nothing they judge
JAX_ONLY = {"PRELIM_FRAMEWORKS": "jax"}


def small_site(
    dest: Path,
    pages: dict[str, str] | None = None,
    snippets: dict[str, str | bytes] | None = None,
    *,
    keep_fixture: bool = True,
) -> Path:
    """A copy of tests/fixture_site at ``dest``, with ``pages`` {name: markdown} added to
    its toctree and ``snippets`` {path under snippets/: text, or bytes written as they
    are} written. ``keep_fixture=False`` keeps only the fixture's configuration: its own
    pages and snippets make way, and the index lists just ``pages``."""
    site = dest
    shutil.copytree(FIXTURE, site, ignore=shutil.ignore_patterns("_build", "__pycache__"))
    index = site / "docs" / "index.md"
    if keep_fixture:
        index.write_text(
            index.read_text().replace(
                "basics\n", "basics\n" + "".join(f"{name}\n" for name in pages or {})
            )
        )
    else:
        for old in (site / "docs").glob("*.md"):
            old.unlink()
        shutil.rmtree(site / "snippets")
        toctree = "\n".join(pages or {})
        index.write_text(f"# Faults\n\n```{{toctree}}\n{toctree}\n```\n")
    for name, text in (pages or {}).items():
        (site / "docs" / f"{name}.md").write_text(text)
    for rel, body in (snippets or {}).items():
        path = site / "snippets" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(body, bytes):
            path.write_bytes(body)
        else:
            path.write_text(body, encoding="utf-8")
    return site


def page(title: str, *cells: str) -> str:
    """A page of example cells: each item is `name`, or `name` plus option/body lines."""
    body = "".join(f"```{{code-cell}}\n:example: {cell}\n```\n\n" for cell in cells)
    return f"# {title}\n\nSome prose.\n\n{body}"


def command(
    site: Path,
    *extra: str,
    fresh: bool = False,
    env: dict | None = None,
    python: str | None = None,
    out: Path | None = None,
    builder: str = "html",
) -> tuple[list[str], dict]:
    """The command line and environment of `build` (to start one in the background).

    ``python`` builds with another interpreter (another virtualenv); ``out`` writes the
    output somewhere other than ``site/_build/<builder>``.
    """
    args = sphinx_build(
        site, out or site / "_build" / builder, *extra, fresh=fresh, python=python, builder=builder
    )
    return args, {**os.environ, **(env or {})}


def build(
    site: Path,
    *extra: str,
    fresh: bool = False,
    env: dict | None = None,
    timeout: int = 600,
    python: str | None = None,
    out: Path | None = None,
    builder: str = "html",
) -> subprocess.CompletedProcess:
    """Build a small site as `nox -s docs` would; ``.log`` holds stdout and stderr."""
    args, run_env = command(
        site, *extra, fresh=fresh, env=env, python=python, out=out, builder=builder
    )
    proc = subprocess.run(
        args, capture_output=True, text=True, timeout=timeout, env=run_env, cwd=site
    )
    proc.log = proc.stdout + proc.stderr
    return proc
