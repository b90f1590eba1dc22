"""The Sphinx application of this build, for code that is not handed it.

myst-nb calls the page reader (``read.page.read_page``) with the page's text alone, and
jupyter-cache's executor (``execute.failures``) with the notebook alone; both need the
build (its config, the env and which page it reads). Sphinx emits ``source-read`` in the
process that reads a page, just before parsing it, so that is where the application is
noted: in a context variable, set again for every page, never in a module global, so two
builds in one process (``sphinx.testing``) never see each other's.

Transforms need it too, for the builder and the configuration folder: Sphinx 9 deprecates
``SphinxTransform.app`` (removed in Sphinx 11), so they ask ``build_app()``, which
``builder-inited`` sets before anything is read or written.
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


def build_app() -> Sphinx:
    """The application of the build under way (for a transform)."""
    app = _READING.get()
    if app is None:
        raise RuntimeError("no Sphinx build is under way in this context")
    return app


def _note(app: Sphinx, *args: object) -> None:
    _READING.set(app)


def setup_reading(app: Sphinx) -> None:
    app.connect("builder-inited", _note, priority=0)
    app.connect("source-read", _note, priority=0)  # before anything parses the page
