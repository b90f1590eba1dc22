"""Build a copy of a Sphinx site in a subprocess, as `nox -s docs` would."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

FIXTURE = Path(__file__).parent / "fixture_site"


def copy_fixture(dest: Path) -> Path:
    shutil.copytree(FIXTURE, dest, ignore=shutil.ignore_patterns("_build", "__pycache__"))
    return dest


def command(site: Path, *extra: str, fresh: bool = False, env: dict | None = None,
            python: str | None = None, out: Path | None = None) -> tuple[list[str], dict]:
    """The command line and environment of `build` (to start one in the background).

    ``python`` builds with another interpreter (another virtualenv); ``out`` writes the
    html somewhere other than ``site/_build/html``.
    """
    args = [python or sys.executable, "-m", "sphinx", "-c", str(site), "-n", "-W",
            "--keep-going", "-b", "html", *(["-E", "-a"] if fresh else []), *extra,
            str(site / "docs"), str(out or site / "_build" / "html")]
    ext = str(Path(__file__).resolve().parents[1] / "docs" / "_ext")
    return args, {**os.environ, "PYTHONPATH": ext, **(env or {})}


def build(site: Path, *extra: str, fresh: bool = False, env: dict | None = None,
          timeout: int = 600, python: str | None = None,
          out: Path | None = None) -> subprocess.CompletedProcess:
    args, run_env = command(site, *extra, fresh=fresh, env=env, python=python, out=out)
    proc = subprocess.run(args, capture_output=True, text=True, timeout=timeout, env=run_env,
                          cwd=site)
    proc.log = proc.stdout + proc.stderr
    return proc
