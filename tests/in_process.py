"""Builds of a small site inside the test process, as MyST-NB and sphinx-design test their
transforms: for what ``check/``, ``render/`` and ``generate/`` do with executed outputs.

Each build starts from a copy of the fixture site's fresh build (tests/fresh_builds.py)
with its execution cache and unit store, so every unit is taken from the store and nothing
executes (``built.executed`` is checked empty). A test may edit a stored unit's outputs
first (``stored_unit``): its code is unchanged, so the build takes the edited outputs as
executed ones. What is about processes (parallel execution, forked kernels, locks, offline,
shards) stays in subprocess builds.

The site keeps its layout (conf.py beside docs/, as ``sphinx-build -c . docs`` builds it),
which sphinx.testing's app cannot (it reads conf.py from the source folder), so this is
Sphinx's own application, and Sphinx's test cleanup of the process-wide registries after
each build.
"""

from __future__ import annotations

import contextlib
import io
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import nbformat

from prelim.core import bundles


@dataclass
class InProcessBuild:
    site: Path
    html: Path
    status: str
    warnings: str

    @property
    def executed(self) -> list[str]:
        """The units this build executed (none: it renders stored ones)."""
        return re.findall(r"Executed unit (\w+)", self.status)

    def page(self, name: str) -> str:
        return (self.html / f"{name}.html").read_text(encoding="utf-8")


def copy_of(built_site: Path, dest: Path) -> Path:
    """A copy of a built fixture site, execution cache and unit store included."""
    shutil.copytree(built_site, dest, symlinks=True, ignore=shutil.ignore_patterns("html"))
    return dest


def stored_unit(site: Path, page: str, framework: str) -> Path:
    """The stored executed unit of one page and framework (an .ipynb to read or edit)."""
    path = bundles.unit_file(site / "_build" / ".jupyter_cache" / "units", page, framework)
    assert path.is_file(), f"no stored unit {page}/{framework}: was the fixture built?"
    return path


def edit_unit(path: Path, edit) -> None:
    """Edit a stored unit in place (``edit(notebook)``); its page is dropped from the
    execution cache, so the build assembles it again from its units."""
    nb = nbformat.read(path, as_version=4)
    edit(nb)
    nbformat.write(nbformat.from_dict(nb), path)  # outputs given as plain dicts too
    cache = path.parents[2]  # <cache>/units/<page>/<fw>.ipynb
    (cache / "global.db").unlink(missing_ok=True)  # the pages cached whole (a 2nd edit)
    shutil.rmtree(cache / "executed", ignore_errors=True)


def build_in_process(site: Path, **overrides: object) -> InProcessBuild:
    """Build ``site`` (html) in this process, fresh, with ``overrides`` as ``-D`` would."""
    from sphinx.application import Sphinx

    out = site / "_build"
    status, warnings = io.StringIO(), io.StringIO()
    confoverrides = {
        "nb_execution_cache_path": str(out / ".jupyter_cache"),  # not the test's cwd
        **overrides,
    }
    with contextlib.chdir(site):
        try:
            app = Sphinx(
                srcdir=site / "docs",
                confdir=site,
                outdir=out / "html",
                doctreedir=out / "doctrees-in-process",
                buildername="html",
                confoverrides=confoverrides,
                status=status,
                warning=warnings,
                freshenv=True,
            )
            app.build()
        finally:
            _clean_up()
    return InProcessBuild(site, out / "html", status.getvalue(), warnings.getvalue())


def _clean_up() -> None:
    """What sphinx.testing resets between apps: docutils' registered nodes, directives
    and roles, which each app's extensions add again."""
    from sphinx.testing.util import _clean_up_global_state  # sphinx.testing's own cleanup

    _clean_up_global_state()
