"""Two fresh builds of the fixture site, made once per test run for every test that only
reads a fixture-site build: test_determinism compares them, test_leaks searches them,
test_downloads compares their downloads, and test_pages, test_reference and
test_execution read the first (its build log is kept beside it, in ``site/build.log``).

Each starts from nothing (a new copy of tests/fixture_site: a new output folder, a new
execution cache), at a different path, with a fake secret in its environment that must
reach nothing the build writes, and with ``MPLBACKEND=Agg``, as on many headless machines:
the kernels must draw their figures inline all the same.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from run_once import once

from helpers import build, small_site

FAKE_SECRET = ("PRELIM_TEST_SECRET", "s3cr3t-value-7f3a9c")
HEADLESS_BACKEND = ("MPLBACKEND", "Agg")
LOG = "build.log"  # each build's stdout and stderr, beside its sources


@pytest.fixture(scope="session")
def fresh_fixture_builds(tmp_path_factory) -> list[Path]:
    """[site, site]: each a fixture copy built once, fresh; html in site/_build/html, the
    build's log in site/build.log. Read them, never change them (copy one to rebuild it).

    Once per test run, shared by the xdist workers (run_once.py)."""
    return once(tmp_path_factory, "fresh_fixture_builds",
                lambda: _build_twice(tmp_path_factory))


def _build_twice(tmp_path_factory) -> list[Path]:
    sites = []
    for n in (1, 2):
        site = small_site(tmp_path_factory.mktemp(f"fresh-build-{n}") / "site")
        proc = build(site, env=dict([FAKE_SECRET, HEADLESS_BACKEND]))
        assert proc.returncode == 0, proc.log[-3000:]
        (site / LOG).write_text(proc.log, encoding="utf-8")
        sites.append(site)
    return sites
