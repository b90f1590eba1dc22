"""Make a session fixture's value once per test run, even when pytest-xdist runs workers.

`nox -s tests` runs the suite on several workers (``-n auto --dist loadfile``: each test
module stays on one worker, so a module's own site builds are made once). A session
fixture, though, is made once *per worker*: the snippet results (every snippet run, a
minute or more), the real site's incremental build (two at once into build/html would
even collide), the two fresh fixture builds. ``once`` makes the first worker to need a
value compute it under a lock, in a folder all workers of the run share; the others wait
for it and read it back. Without xdist it simply computes the value.

(Grouping tests on one worker with ``xdist_group`` marks would do the same, but with the
pinned pytest 9.2 and pytest-xdist 3.8 ``--dist loadgroup`` silently stops grouping:
pytest-dev/pytest-xdist#1386.)
"""

from __future__ import annotations

import contextlib
import os
import pickle
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


def once(tmp_path_factory, name: str, make: Callable[[], T]) -> T:
    """``make()``'s value, computed by one worker of this run and shared (pickled)."""
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
