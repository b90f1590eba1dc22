"""Two fresh builds of the fixture site, made once per session for the tests that judge
whole builds: test_determinism compares them, test_leaks searches them.

Each starts from nothing (a new copy of tests/fixture_site: a new output folder, a new
execution cache), at a different path, with a fake secret in its environment that must
reach nothing the build writes, and with ``MPLBACKEND=Agg``, as on many headless machines:
the kernels must draw their figures inline all the same.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from run_once import once

from sitebuild import build, copy_fixture

FAKE_SECRET = ("PRELIM_TEST_SECRET", "s3cr3t-value-7f3a9c")
HEADLESS_BACKEND = ("MPLBACKEND", "Agg")


@pytest.fixture(scope="session")
def fresh_fixture_builds(tmp_path_factory) -> list[Path]:
    """[site, site]: each a fixture copy built once, fresh; html in site/_build/html.

    Once per test run, shared by the xdist workers (run_once.py)."""
    return once(tmp_path_factory, "fresh_fixture_builds",
                lambda: _build_twice(tmp_path_factory))


def _build_twice(tmp_path_factory) -> list[Path]:
    sites = []
    for n in (1, 2):
        site = copy_fixture(tmp_path_factory.mktemp(f"fresh-build-{n}") / "site")
        proc = build(site, env=dict([FAKE_SECRET, HEADLESS_BACKEND]))
        assert proc.returncode == 0, proc.log[-3000:]
        sites.append(site)
    return sites
