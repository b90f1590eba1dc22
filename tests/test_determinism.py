"""Two builds from scratch (new output folder, new execution cache) give the same html,
apart from the parts declared volatile (listed, with reasons, in html_compare.VOLATILE).

The fixture site is compared in every test run. The real site takes two cold builds
(several minutes each), so it is compared on request: ``nox -s determinism`` sets
``$PRELIM_DETERMINISM`` to a folder and keeps both builds there for inspection.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from sphinx_command import sphinx_build

from fresh_builds import FAKE_SECRET
from helpers import ROOT
from html_compare import differences

REAL_SITE = "PRELIM_DETERMINISM"


@pytest.mark.slow
def test_fixture_builds_have_their_figures(fresh_fixture_builds):
    """Two builds that both lost their figures would still be identical: count them. The
    fixture's one figure example draws in each of the three frameworks (the same line, so
    one file serves all three)."""
    for site in fresh_fixture_builds:
        html = site / "_build" / "html"
        shown = re.findall(
            r'<img alt="A straight line[^"]*" src="([^"]+\.png)"',
            (html / "basics.html").read_text(encoding="utf-8"),
        )
        assert len(shown) == 3, f"{site}: {len(shown)} figures on basics.html, expected 3"
        assert all((html / src).stat().st_size > 1000 for src in shown)


@pytest.mark.slow
def test_fixture_site_builds_identically(fresh_fixture_builds):
    first, second = (site / "_build" / "html" for site in fresh_fixture_builds)
    diffs = differences(first, second)
    assert not diffs, "\n\n".join(diffs)


def build_real_site(out: Path) -> Path:
    """A cold build of the site into ``out/html``, with its own cache in ``out/.jupyter_cache``."""
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    cmd = sphinx_build(ROOT, out / "html", fresh=True, quiet=True, cache=out / ".jupyter_cache")
    env = {**os.environ, FAKE_SECRET[0]: FAKE_SECRET[1]}  # for test_leaks on these builds
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=3600)
    assert proc.returncode == 0, (proc.stdout + proc.stderr)[-5000:]
    return out / "html"


@pytest.mark.slow
@pytest.mark.skipif(
    not os.environ.get(REAL_SITE),
    reason="two cold builds of the real site (~10 minutes): run `nox -s determinism`",
)
def test_real_site_builds_identically():
    keep = Path(os.environ[REAL_SITE]).absolute()
    first, second = (build_real_site(keep / str(n)) for n in (1, 2))
    diffs = differences(first, second)
    assert not diffs, "\n\n".join(diffs)
