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


def build(site: Path, *extra: str, fresh: bool = False, env: dict | None = None,
          timeout: int = 600) -> subprocess.CompletedProcess:
    args = [sys.executable, "-m", "sphinx", "-c", str(site), "-n", "-W", "--keep-going",
            "-b", "html", *(["-E", "-a"] if fresh else []), *extra,
            str(site / "docs"), str(site / "_build" / "html")]
    ext = str(Path(__file__).resolve().parents[1] / "docs" / "_ext")
    run_env = {**os.environ, "PYTHONPATH": ext, **(env or {})}
    proc = subprocess.run(args, capture_output=True, text=True, timeout=timeout, env=run_env,
                          cwd=site)
    proc.log = proc.stdout + proc.stderr
    return proc
