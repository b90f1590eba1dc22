"""Fresh builds of the fixture site, made once per test run for every test that only
reads a fixture-site build: test_pages, test_reference, test_execution, test_shards and
test_downloads read one (``fresh_fixture_build``; its build log is kept beside it, in
``site/build.log``); test_determinism compares two, test_leaks searches both and
test_downloads compares theirs (``fresh_fixture_builds``, the full tier only).

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
def fresh_fixture_build(tmp_path_factory) -> Path:
    """A fixture copy built once, fresh: html in site/_build/html, the build's log in
    site/build.log. Read it, never change it (copy it to rebuild it).

    Once per test run, shared by the xdist workers (run_once.py)."""
    return once(tmp_path_factory, "fresh_fixture_build", lambda: _build_fresh(tmp_path_factory, 1))


@pytest.fixture(scope="session")
def fresh_fixture_builds(fresh_fixture_build, tmp_path_factory) -> list[Path]:
    """[site, site]: the fresh build above and a second one, at another path, for the
    tests that compare two (the full tier: conftest.FULL_TIER_FIXTURES)."""
    second = once(
        tmp_path_factory, "second_fresh_fixture_build", lambda: _build_fresh(tmp_path_factory, 2)
    )
    return [fresh_fixture_build, second]


def _build_fresh(tmp_path_factory, n: int) -> Path:
    site = small_site(tmp_path_factory.mktemp(f"fresh-build-{n}") / "site")
    proc = build(site, env=dict([FAKE_SECRET, HEADLESS_BACKEND]))
    assert proc.returncode == 0, proc.log[-3000:]
    (site / LOG).write_text(proc.log, encoding="utf-8")
    return site
