"""The one place the project's sphinx-build command line is assembled.

Used by the nox sessions (``docs``), the tests (the real site brought up to date, the
fixture and small sites they build, the real site's determinism builds) and the tools
(``bench.py``, ``repeat_builds.py``), so that every build is the build ``nox -s docs``
runs: conf.py at the site's root, pages in ``<site>/docs``, nitpicky, every warning an
error, all of them reported. Standard library only: the noxfile imports it outside the
project's environment.
"""

from __future__ import annotations

import sys
from pathlib import Path


def sphinx_build(
    site: Path | str,
    out: Path | str | None,
    *options: str,
    fresh: bool = False,
    builder: str | None = "html",
    jobs: str | None = None,
    doctrees: Path | str | None = None,
    cache: Path | str | None = None,
    quiet: bool = False,
    strict: bool = True,
    python: str | None = None,
) -> list[str]:
    """The command that builds ``site`` (conf.py there, pages in ``site/docs``) into ``out``.

    ``fresh`` reads and writes every page (``-E -a``: no warning hides behind an
    incremental build); ``jobs`` is ``-j`` (pages execute that many at a time);
    ``doctrees`` keeps Sphinx's pickled state apart from the html; ``cache`` is the
    execution cache (default: conf.py's); ``strict=False`` lets warnings pass (a build
    judged on something else); ``options`` go after the sources as given
    (``-D name=value``, or ``-b BUILDER OUTDIR`` with ``builder=None`` and ``out=None``).

    >>> sphinx_build("site", "site/_build/html", "-D", "x=1", fresh=True, python="py")
    ... # doctest: +NORMALIZE_WHITESPACE
    ['py', '-m', 'sphinx', '-c', 'site', '-n', '-W', '--keep-going', '-b', 'html', '-E',
     '-a', 'site/docs', '-D', 'x=1', 'site/_build/html']
    """
    site = Path(site)
    return [
        python or sys.executable,
        "-m",
        "sphinx",
        "-c",
        str(site),
        *(["-n", "-W", "--keep-going"] if strict else []),
        *(["-q"] if quiet else []),
        *(["-b", builder] if builder else []),
        *(["-E", "-a"] if fresh else []),
        *(["-j", jobs] if jobs else []),
        *(["-d", str(doctrees)] if doctrees else []),
        *(["-D", f"nb_execution_cache_path={cache}"] if cache else []),
        str(site / "docs"),
        *options,  # after the sources: they may end with the output folder themselves
        *([str(out)] if out is not None else []),
    ]
