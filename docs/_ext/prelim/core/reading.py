"""The Sphinx application reading the current page, for code that myst-nb calls with less.

myst-nb calls the page reader (``read.page.read_page``) with the page's text alone, and
jupyter-cache's executor (``execute.failures``) with the notebook alone; both need the
build (its config, the env and which page it reads). Sphinx emits ``source-read`` in the
process that reads a page, just before parsing it, so that is where the application is
noted: in a context variable, set again for every page, never in a module global, so two
builds in one process (``sphinx.testing``) never see each other's.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sphinx.application import Sphinx

_READING: ContextVar[Sphinx | None] = ContextVar("prelim_reading", default=None)


def current_app() -> Sphinx | None:
    """The application reading a page in this context, if any."""
    return _READING.get()


@contextlib.contextmanager
def reading(app: Sphinx) -> Iterator[None]:
    """Read with ``app`` as the current application (the execution stage's own reads)."""
    token = _READING.set(app)
    try:
        yield
    finally:
        _READING.reset(token)


def note_reading(app: Sphinx, docname: str, source: list[str]) -> None:
    """A ``source-read`` handler (``read.page.setup_page`` connects it)."""
    _READING.set(app)
