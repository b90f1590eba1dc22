"""Checks made once, before any page is read, that turn two silent failures into clear ones.

- **Two builds at once** into the same output folder, or sharing one execution cache,
  overwrite each other's pages and race on the cache database. Each build takes an
  exclusive lock on both (``prelim-build.lock`` in the doctree folder and in the cache
  folder); a second build fails at once naming the folder and the build holding it. The
  operating system drops the lock when the process ends, so a killed build leaves no
  stale lock behind.
- **A corrupt cache database** (a disk that filled up, a build killed mid-write) makes
  jupyter-cache fail deep inside the first page with an SQLite error. It is opened
  read-only here first; if unreadable the build stops, naming the folder to delete.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sphinx.errors import SphinxError

if TYPE_CHECKING:
    from sphinx.application import Sphinx

LOCK_NAME = "prelim-build.lock"
CACHE_DB = "global.db"  # jupyter-cache's database file inside the cache folder

#: lock files held open for the life of this process (closing one releases its lock)
_HELD: dict[str, object] = {}


class BuildGuardError(SphinxError):
    category = "Build stopped"


def shown(path: Path) -> str:
    """A path as the person running the build typed it: relative to where they stand."""
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive (Windows)
        return str(path)


def cache_folder(app: Sphinx) -> Path | None:
    """The execution cache myst-nb uses for this build, or None when nothing executes."""
    config = app.config
    if config.nb_execution_mode != "cache":
        return None
    # the same resolution as myst-nb: relative paths are relative to the working directory
    path = config.nb_execution_cache_path or Path(app.outdir).parent / ".jupyter_cache"
    return Path(path).absolute()


def hold_lock(folder: Path, what: str) -> None:
    """Take this build's exclusive lock on ``folder`` or stop, naming ``what`` is locked."""
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks here; builds there are not guarded
        return
    key = str(folder)
    if key in _HELD:
        return
    folder.mkdir(parents=True, exist_ok=True)
    handle = open(folder / LOCK_NAME, "a+", encoding="utf-8")  # held open: that is the lock
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.seek(0)
        holder = handle.read().strip() or "another process"
        handle.close()
        raise BuildGuardError(
            f"another Sphinx build ({holder}) is using {what}; wait for "
            "it to finish, or build into another folder with its own execution cache "
            "(sphinx-build ... -D nb_execution_cache_path=OTHER/cache docs OTHER/html)"
        ) from None
    handle.seek(0)
    handle.truncate()
    handle.write(f"pid {os.getpid()}\n")
    handle.flush()
    _HELD[key] = handle


def check_cache_database(cache: Path) -> None:
    """Stop, naming the folder to delete, when the cache database cannot be read."""
    db = cache / CACHE_DB
    if not db.exists():
        return  # jupyter-cache creates it
    con = None
    try:
        con = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
        status = con.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.Error as err:
        status = str(err)
    finally:
        if con is not None:
            con.close()
    if status != "ok":
        raise BuildGuardError(
            f"the execution cache database {shown(db)} is unreadable ({status}). Delete the "
            f"folder {shown(cache)} and build again: it holds only cached outputs, and the "
            "next build re-executes every page"
        )


def guard_build(app: Sphinx) -> None:
    """builder-inited: lock the output and the cache, then check the cache."""
    # the lock file goes with Sphinx's own state, not into the published pages
    hold_lock(Path(app.doctreedir), f"the output folder {shown(Path(app.outdir))}")
    cache = cache_folder(app)
    if cache is not None:
        hold_lock(cache, f"the execution cache {shown(cache)}")
        check_cache_database(cache)


def setup_guards(app: Sphinx) -> None:
    app.connect("builder-inited", guard_build, priority=100)  # before anything reads a page
