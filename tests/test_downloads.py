"""The chapter downloads (docs/_ext/prelim/downloads.py) on the fixture site: the same
bytes from two fresh builds, and from a rebuild served by the execution cache (myst-nb
then writes the page's notebook without outputs; the downloads must keep them)."""

from __future__ import annotations

import shutil

import nbformat
import pytest

from sitebuild import build

pytestmark = pytest.mark.slow

FILES = ["basics_pytorch.ipynb", "basics_jax.ipynb", "basics_tensorflow.ipynb",
         "basics_snippets.zip"]


def downloads(site) -> dict[str, bytes]:
    folder = site / "_build" / "html" / "downloads" / "basics"
    return {name: (folder / name).read_bytes() for name in FILES}


def test_two_fresh_builds_give_the_same_downloads(fresh_fixture_builds):
    first, second = (downloads(site) for site in fresh_fixture_builds)
    differ = [name for name in FILES if first[name] != second[name]]
    assert not differ, f"downloads differ between two fresh builds: {differ}"


def test_downloads_keep_outputs_when_the_cache_serves_the_page(fresh_fixture_builds,
                                                                tmp_path):
    site = tmp_path / "site"
    shutil.copytree(fresh_fixture_builds[0], site)  # with its execution cache
    proc = build(site, fresh=True)
    assert proc.returncode == 0, proc.log[-3000:]
    assert "Executed notebook" not in proc.log and "Using cached notebook" in proc.log
    for name in FILES[:3]:
        nb = nbformat.reads(downloads(site)[name].decode(), as_version=4)
        assert all(c.outputs for c in nb.cells if c.cell_type == "code"), f"{name}: no outputs"
    assert downloads(site) == downloads(fresh_fixture_builds[0])
