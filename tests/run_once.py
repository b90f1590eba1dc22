"""Make a session fixture's value once per test run, even when pytest-xdist runs workers.

`nox -s tests` runs the suite on several workers (``-n auto --dist loadfile``: each test
module stays on one worker, so a module's own site builds are made once). A session
fixture, though, is made once *per worker*: the snippet results (every snippet run, a
minute or more), the real site's incremental build (two at once into build/html would
even collide), the two fresh fixture builds. ``once`` makes the first worker to need a
value compute it under a lock, in a folder all workers of the run share; the others wait
for it and read it back. Without xdist it simply computes the value. ``prefetch`` starts
that in the background when the session starts (the snippet results), so the tests that
need it do not wait on an idle worker.

(Grouping tests on one worker with ``xdist_group`` marks would do the same, but with the
pinned pytest 9.2 and pytest-xdist 3.8 ``--dist loadgroup`` silently stops grouping:
pytest-dev/pytest-xdist#1386.)
"""

from __future__ import annotations

import collections
import contextlib
import os
import pickle
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


@contextlib.contextmanager
def _locked(path: Path):
    with open(path, "a+") as handle:
        try:
            import fcntl
        except ImportError:  # Windows: no advisory locks; each worker computes its own
            yield
            return
        fcntl.flock(handle, fcntl.LOCK_EX)  # released when the file closes
        yield


_VALUES: dict[str, object] = {}  # this process's values, by name
_BUSY: dict[str, threading.Lock] = collections.defaultdict(threading.Lock)


def once(tmp_path_factory, name: str, make: Callable[[], T]) -> T:
    """``make()``'s value, computed by one worker of this run and shared (pickled)."""
    with _BUSY[name]:  # a prefetch under way in this process: wait for it
        if name not in _VALUES:
            _VALUES[name] = _across_workers(tmp_path_factory, name, make)
        return _VALUES[name]


def prefetch(tmp_path_factory, name: str, make: Callable[[], T]) -> None:
    """Start ``once`` in the background, so that no worker sits idle waiting for the value
    later: the tests that need it find it made (or wait for less). If it fails, the
    first test to need it makes it again and reports the error."""

    def run():
        try:
            once(tmp_path_factory, name, make)
        except BaseException:  # noqa: BLE001, S110 - the test that needs it says why
            pass

    threading.Thread(target=run, daemon=True, name=f"prefetch-{name}").start()


def _across_workers(tmp_path_factory, name: str, make: Callable[[], T]) -> T:
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        return make()
    shared = Path(tmp_path_factory.getbasetemp()).parent  # the run's folder, above gw0, gw1
    stored = shared / f"{name}.pickle"
    with _locked(shared / f"{name}.lock"):
        if stored.is_file():
            return pickle.loads(stored.read_bytes())
        value = make()  # if it raises, the next worker to need it tries again
        stored.write_bytes(pickle.dumps(value))
        return value
