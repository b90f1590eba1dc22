"""Compare the html of two builds, ignoring exactly the parts declared volatile.

Two builds from scratch of the same sources must give the same pages. The only parts
allowed to differ are those the build itself marks as measurements of the build, listed
here in one place with the reason each may change.
"""

from __future__ import annotations

import difflib
from html.parser import HTMLParser
from pathlib import Path

#: how a part of a page is marked volatile -> why it may differ between two builds
VOLATILE = {
    'class="prelim-volatile"': (
        "run times, and whether a page was executed or served from the cache, in the "
        "execution report (docs/_ext/prelim/generate/report.py); and the cells of an "
        "example its page declares `:volatile: <reason>` (docs/_ext/prelim/check/volatile.py), "
        "e.g. the compilation chapter's eager-versus-compiled timing chart: a measurement of "
        "the machine at build time, different on every run"
    ),
    "data-prelim-volatile": "the same, for a part written as raw html",
}
VOLATILE_CLASS = "prelim-volatile"
VOLATILE_ATTRIBUTE = "data-prelim-volatile"
_VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}


class _Normaliser(HTMLParser):
    """The page as one token per line, each volatile element's content replaced."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.depth = 0  # > 0 while inside a volatile element

    @staticmethod
    def _is_volatile(attrs) -> bool:
        attrs = dict(attrs)
        return VOLATILE_ATTRIBUTE in attrs or VOLATILE_CLASS in (attrs.get("class") or "").split()

    def handle_starttag(self, tag, attrs):
        if self.depth:
            self.depth += tag not in _VOID
            return
        if self._is_volatile(attrs) and tag in _VOID:  # its attributes are the volatile part
            self.lines.append(f"<{tag} [volatile]>")
            return
        self.lines.append(self.get_starttag_text())
        if self._is_volatile(attrs):
            self.depth = 1
            self.lines.append("[volatile]")

    def handle_startendtag(self, tag, attrs):
        if not self.depth:
            volatile = self._is_volatile(attrs)
            self.lines.append(f"<{tag} [volatile]>" if volatile else self.get_starttag_text())

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= tag not in _VOID
            if self.depth:
                return
        self.lines.append(f"</{tag}>")

    def handle_data(self, data):
        if not self.depth and data.strip():
            self.lines.append(data.strip())

    def handle_comment(self, data):
        if not self.depth:
            self.lines.append(f"<!--{data}-->")


def normalised(html: str) -> list[str]:
    parser = _Normaliser()
    parser.feed(html)
    parser.close()
    return parser.lines


def html_files(root: Path) -> set[str]:
    return {
        p.relative_to(root).as_posix() for p in root.rglob("*.html") if ".doctrees" not in p.parts
    }


def differences(a: Path, b: Path, context: int = 3, limit: int = 60) -> list[str]:
    """A short diff per html file that differs between the html folders ``a`` and ``b``."""
    out = []
    files_a, files_b = html_files(a), html_files(b)
    if files_a != files_b:
        out.append(
            f"different pages: only in the first {sorted(files_a - files_b)}, only "
            f"in the second {sorted(files_b - files_a)}"
        )
    for name in sorted(files_a & files_b):
        one = normalised((a / name).read_text(encoding="utf-8"))
        two = normalised((b / name).read_text(encoding="utf-8"))
        if one != two:
            diff = list(
                difflib.unified_diff(one, two, f"1/{name}", f"2/{name}", n=context, lineterm="")
            )
            out.append("\n".join(diff[:limit]) + ("\n..." if len(diff) > limit else ""))
    return out
