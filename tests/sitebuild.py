"""Build a copy of a Sphinx site in a subprocess, as `nox -s docs` would."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from sphinx_command import sphinx_build

FIXTURE = Path(__file__).parent / "fixture_site"


def copy_fixture(dest: Path) -> Path:
    shutil.copytree(FIXTURE, dest, ignore=shutil.ignore_patterns("_build", "__pycache__"))
    return dest


def command(site: Path, *extra: str, fresh: bool = False, env: dict | None = None,
            python: str | None = None, out: Path | None = None,
            builder: str = "html") -> tuple[list[str], dict]:
    """The command line and environment of `build` (to start one in the background).

    ``python`` builds with another interpreter (another virtualenv); ``out`` writes the
    output somewhere other than ``site/_build/<builder>``.
    """
    args = sphinx_build(site, out or site / "_build" / builder, *extra, fresh=fresh,
                        python=python, builder=builder)
    ext = str(Path(__file__).resolve().parents[1] / "docs" / "_ext")
    return args, {**os.environ, "PYTHONPATH": ext, **(env or {})}


def build(site: Path, *extra: str, fresh: bool = False, env: dict | None = None,
          timeout: int = 600, python: str | None = None, out: Path | None = None,
          builder: str = "html") -> subprocess.CompletedProcess:
    args, run_env = command(site, *extra, fresh=fresh, env=env, python=python, out=out,
                            builder=builder)
    proc = subprocess.run(args, capture_output=True, text=True, timeout=timeout, env=run_env,
                          cwd=site)
    proc.log = proc.stdout + proc.stderr
    return proc
