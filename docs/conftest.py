"""pytest configuration for ``nox -s doctest``: the prose's claims, proved by doctests.

Every sentence in a chapter that claims a behaviour ("JAX clamps out-of-range indices")
has a ```` ```python ```` block of ``>>>`` examples right after it. Each such block is one
test, named after its page and line, run in a fresh namespace (a block imports what it
uses, like a snippet). The extension's docstrings are collected by ``--doctest-modules``.
"""

from __future__ import annotations

import doctest
import os
import re

import pytest

# pytest has no public API for a doctest collector of its own; these are the pieces its
# text-file collector is made of (pytest is pinned in constraints.txt).
from _pytest.doctest import (
    DoctestItem,
    DoctestTextfile,
    _get_checker,
    _get_continue_on_failure,
    _get_runner,
    get_optionflags,
)

# TensorFlow's C++ logging writes to the process's stderr at import; pytest captures it and
# shows it only for a failing test, but say as little as we can (measured: level 3 silences
# most of it, see _ext/prelim/kernel/setup_cell.py).
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

#: Sources of hidden notebook cells, not modules: each runs only inside a page's kernel,
#: calling get_ipython() or using names the build writes above it (FRAMEWORKS, ...).
collect_ignore_glob = ["_ext/prelim/kernel/*_cell.py"]

#: a fenced block that can hold doctests
_FENCE = re.compile(r"^(?P<fence>`{3,})\s*(?:python|py|pycon)\s*$")
#: output is compared loosely where arrays wrap differently by width, and with ``...``
OPTIONFLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def fenced_blocks(text: str) -> list[tuple[int, str]]:
    """(line of the first code line, code) of every ```python block holding ``>>>``.

    >>> fenced_blocks("Claim.\\n\\n```python\\n>>> 1 + 1\\n2\\n```\\n```python\\nx = 1\\n```\\n")
    [(4, '>>> 1 + 1\\n2\\n')]
    """
    blocks, lines, i = [], text.splitlines(), 0
    while i < len(lines):
        m = _FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        fence, start = m.group("fence"), i + 1
        end = start
        while end < len(lines) and not lines[end].startswith(fence):
            end += 1
        code = "\n".join(lines[start:end]) + "\n"
        if any(line.lstrip().startswith(">>>") for line in lines[start:end]):
            blocks.append((start + 1, code))
        i = end + 1
    return blocks


class MarkdownDoctests(DoctestTextfile):
    """One doctest item per ```python block of a Markdown page."""

    def collect(self):
        text = self.path.read_text(encoding=self.config.getini("doctest_encoding"))
        runner = _get_runner(
            verbose=False,
            optionflags=get_optionflags(self.config) | OPTIONFLAGS,
            checker=_get_checker(),
            continue_on_failure=_get_continue_on_failure(self.config),
        )
        parser = doctest.DocTestParser()
        for line, code in fenced_blocks(text):
            name = f"{self.path.name}:{line}"
            # lineno is 0-based: a failure then names the page's own line numbers
            test = parser.get_doctest(
                code, {"__name__": "__main__"}, name, str(self.path), line - 1
            )
            yield DoctestItem.from_parent(self, name=name, runner=runner, dtest=test)


@pytest.hookimpl(wrapper=True)
def pytest_collect_file(file_path, parent):
    """Markdown pages are collected block by block (pytest's --doctest-glob=*.md would
    make the whole page one test, and read a closing ``` fence as expected output)."""
    collectors = yield
    if file_path.suffix != ".md":
        return collectors
    kept = [c for c in collectors if type(c) is not DoctestTextfile]
    return [*kept, MarkdownDoctests.from_parent(parent, path=file_path)]
