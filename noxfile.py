"""Sessions for building, testing and checking the site. ``nox -l`` lists them.

All sessions share one environment, ``.venv``, holding the pinned framework stack (about
4 GB): it is created on first use from the dependency groups in pyproject.toml and the
exact versions in constraints.txt, and rebuilt only when either file changes.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
from pathlib import Path

import nox

nox.needs_version = ">=2025.2.9"
nox.options.default_venv_backend = "none"  # sessions use the shared .venv below
nox.options.sessions = ["lint", "tests", "doctest", "docs"]

ROOT = Path(__file__).parent
VENV = ROOT / ".venv"
BIN = VENV / "bin"
PY = str(BIN / "python")
HTML = ROOT / "build" / "html"


def _stack(session: nox.Session, group: str = "dev") -> None:
    """Create (or reuse) the shared environment and put it first on PATH."""
    inputs = (ROOT / "pyproject.toml").read_bytes() + (ROOT / "constraints.txt").read_bytes()
    digest = hashlib.sha256(inputs + group.encode()).hexdigest()
    stamp = VENV / ".prelim-stamp"
    if not (stamp.exists() and stamp.read_text() == digest):
        python = shutil.which("python3.11") or sys.executable
        session.log(f"creating the shared environment in {VENV.name} (about 2 minutes)")
        session.run(python, "-m", "venv", "--clear", str(VENV), external=True)
        pip = [str(BIN / "python"), "-m", "pip", "--disable-pip-version-check", "-q"]
        session.run(*pip, "install", "pip>=25.1", external=True)  # for --group
        session.run(*pip, "install", "--group", group, "-c", "constraints.txt", external=True)
        stamp.write_text(digest)
    session.env["VIRTUAL_ENV"] = str(VENV)
    session.env["PATH"] = os.pathsep.join([str(BIN), os.environ.get("PATH", "")])


def _sphinx_args(session: nox.Session, builder: str = "html", out: Path = HTML) -> list[str]:
    """Builder and output dir from posargs (`-b dirhtml build/dirhtml`), fresh by default."""
    args = list(session.posargs)
    fresh = "--incremental" not in args
    args = [a for a in args if a != "--incremental"]
    if "--no-exec" in args:  # the author's fast path: render with no execution at all
        args.remove("--no-exec")
        args += ["-D", "nb_execution_mode=off"]
    if "-b" not in args:
        args = ["-b", builder, *args]
    if not any(not a.startswith("-") and Path(a).suffix == "" and "/" in a for a in args[2:]):
        args.append(str(out))
    return ["-c", ".", "-n", "-W", "--keep-going", *(["-E", "-a"] if fresh else []), "docs", *args]


@nox.session
def docs(session: nox.Session) -> None:
    """Build the site into build/html, executing every example (warnings are errors).

    Fresh by default so no warning hides behind an incremental build; the execution
    cache (keyed by framework versions and device) still skips unchanged pages.
    Options after `--`: `--incremental`, `--no-exec`, `-b BUILDER OUTDIR`; set
    PRELIM_FRAMEWORKS=torch,jax to execute a subset (pages then say so in a banner).
    """
    _stack(session)
    session.run(PY, "-m", "sphinx", *_sphinx_args(session))


CHROMIUM = Path("/usr/bin/chromium")


def _chromium(session: nox.Session) -> None:
    """The browser tests drive Debian's Chromium (Playwright never downloads a browser)."""
    if CHROMIUM.exists():
        return
    if os.geteuid() == 0 and shutil.which("apt-get"):
        session.log("installing Chromium from Debian packages for the browser tests")
        env = {"DEBIAN_FRONTEND": "noninteractive"}
        session.run("apt-get", "update", "-q", external=True, env=env)
        session.run("apt-get", "install", "-y", "-q", "chromium", "chromium-driver",
                    external=True, env=env)
    if not CHROMIUM.exists():
        session.error(f"the browser tests need Chromium at {CHROMIUM}: install it with "
                      "`sudo apt-get install -y chromium chromium-driver` (Debian), then rerun")


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite: snippets, agreement, the extension on a fixture site, the site."""
    _stack(session)
    _chromium(session)
    session.run(PY, "-m", "pytest", *session.posargs)


@nox.session
def doctest(session: nox.Session) -> None:
    """Check every doctest in the Markdown pages and in the extension's docstrings."""
    _stack(session)
    session.run(PY, "-m", "pytest", "-p", "no:cacheprovider", "--doctest-glob=*.md",
                "--doctest-modules", "docs", "-o", "testpaths=docs", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """Lint the Python code with ruff (snippets, extension, tests, noxfile)."""
    _stack(session)
    session.run(PY, "-m", "ruff", "check", ".", *session.posargs)


@nox.session
def determinism(session: nox.Session) -> None:
    """Build the site twice from scratch and compare every page (not run by default).

    Two cold builds, several minutes each, kept in build/determinism/1 and /2 (each with
    its own execution cache). Only the parts the build marks volatile may differ; see
    tests/html_compare.py. Then the leak test searches the first build (built with a fake
    secret in its environment).
    """
    _stack(session)
    keep = ROOT / "build" / "determinism"
    session.run(PY, "-m", "pytest", "tests/test_determinism.py", "-k", "real_site",
                *session.posargs, env={"PRELIM_DETERMINISM": str(keep)})
    session.run(PY, "-m", "pytest", "tests/test_leaks.py", "-k", "real_site", *session.posargs,
                env={"PRELIM_SITE": str(keep / "1" / "html")})
