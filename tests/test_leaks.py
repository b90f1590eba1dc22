"""Nothing of the build machine reaches what a build writes: no absolute path of the
checkout, the virtualenv or the home folder, no user or host name, no secret from the
environment (tests/leaks.py lists what is searched, and where).

Two sites: the fixture site, built fresh with a fake secret in its environment (its
declared exceptions pass through framework files, so their tracebacks would name the
virtualenv); and the real site (``$PRELIM_SITE``, else build/html after ``nox -s docs``,
else a build of it, as for the other site tests).
"""

from __future__ import annotations

import pytest

from fresh_builds import FAKE_SECRET
from helpers import ROOT
from leaks import build_outputs, find_leaks, needles


@pytest.mark.slow
def test_fixture_site_leaks_nothing(fresh_fixture_builds, monkeypatch):
    monkeypatch.setenv(*FAKE_SECRET)
    for site in fresh_fixture_builds:
        out = site / "_build"
        folders = build_outputs(out / "html", out / ".jupyter_cache")
        # html, jupyter_execute, the one page's cache entry, its units (one per framework)
        assert len(folders) == 4, folders
        leaks = find_leaks(folders, needles(paths={"the site's folder": str(site)}))
        assert not leaks, "\n".join(leaks)


@pytest.mark.slow
def test_real_site_leaks_nothing(real_site):
    """The fake secret is searched for too: builds made by ``nox -s determinism`` have it
    in their environment (a plain ``nox -s docs`` build does not: paths only, there)."""
    cache = next(
        (
            c
            for c in (real_site.parent / ".jupyter_cache", ROOT / "build" / ".jupyter_cache")
            if c.is_dir()
        ),
        None,
    )
    folders = build_outputs(real_site, cache)
    leaks = find_leaks(folders, needles(secrets={f"${FAKE_SECRET[0]}": FAKE_SECRET[1]}))
    assert not leaks, "\n".join(leaks[:50])
