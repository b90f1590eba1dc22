from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import tomllib
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from multiprocessing import get_context
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

# helpers puts the extension (docs/_ext) and tools/ on sys.path; test_snippets and
# test_agreement import ROOT and FRAMEWORKS from here
from run_once import once, prefetch  # noqa: E402

from helpers import ROOT  # noqa: E402
from prelim.core.frameworks import FRAMEWORKS  # noqa: E402
from prelim.core.snippets import all_examples  # noqa: E402

# the real site as built, its http server and the browser (fixtures for the real-site
# tests); two fresh builds of the fixture site (read by the fixture-site tests)
pytest_plugins = ["builtsite", "fresh_builds"]

EXAMPLES = all_examples()


def compare_spec(example) -> dict:
    """The example's entry in snippets/<chapter>/compare.toml ({} when values agree)."""
    path = ROOT / "snippets" / example.chapter / "compare.toml"
    if not path.exists():
        return {}
    return tomllib.loads(path.read_text(encoding="utf-8")).get(example.name, {})


@pytest.fixture(scope="session")
def snippet_results(tmp_path_factory):
    """Every snippet run once: {(example key, framework): result dict}.

    Spawned workers per framework, in parallel; each snippet in a fresh namespace. Once
    per test run, shared by the xdist workers (run_once.py).
    """
    return once(tmp_path_factory, "snippet_results", _run_every_snippet)


@pytest.fixture(scope="session")
def pasted_results(tmp_path_factory):
    """Every snippet run as a reader pastes it (`python -c`): no source file, no
    `__file__` (harness.run(pasted=True)), in the same workers as ``snippet_results``.
    Once per test run, shared by the xdist workers. PRELIM_PASTE_FRESH=1 gives each
    snippet its own fresh interpreter instead (`python -c`: about 330 interpreters, each
    importing its framework; over ten minutes on a loaded two-core machine)."""
    return once(tmp_path_factory, "pasted_results", _run_every_snippet_pasted)


#: the session's snippet runs, by fixture name, and how each is made
SNIPPET_RUNS = {"snippet_results": lambda: _run_every_snippet(),
                "pasted_results": lambda: _run_every_snippet_pasted()}


@pytest.fixture(scope="session", autouse=True)
def _start_snippet_results(request, tmp_path_factory):
    """Start running the snippets as the session starts, in the background, when any
    collected test needs them: no worker then sits idle waiting for them."""
    for name, make in SNIPPET_RUNS.items():
        if any(name in item.fixturenames for item in request.session.items):
            prefetch(tmp_path_factory, name, make)


#: workers per framework: JAX's snippets take as long as the others' together (each
#: compiles its operations), so they are split in two to finish with the rest
SPLIT = {"jax": 2}


def _run_every_snippet(pasted: bool = False):
    import snippet_worker

    jobs = []
    for fw in FRAMEWORKS:
        paths = [str(e.path(fw)) for e in EXAMPLES if e.path(fw).exists()]
        n = SPLIT.get(fw, 1)
        jobs += [(fw, paths[i::n]) for i in range(n)]
    with ProcessPoolExecutor(len(jobs), mp_context=get_context("spawn"),
                             initializer=snippet_worker.init_worker) as pool:
        futures = [pool.submit(snippet_worker.run_all, fw, paths, pasted)
                   for fw, paths in jobs]
        by_path = {r["path"]: r for f in futures for r in f.result()}
    return {(e.key, fw): by_path[str(e.path(fw))]
            for e in EXAMPLES for fw in FRAMEWORKS if str(e.path(fw)) in by_path}


def _run_every_snippet_pasted():
    """{(example key, framework): (error class name or None, message)}."""
    if os.environ.get("PRELIM_PASTE_FRESH"):
        with ThreadPoolExecutor(os.cpu_count() or 2) as pool:
            futures = {(e.key, fw): pool.submit(_paste_fresh, e.path(fw))
                       for e in EXAMPLES for fw in FRAMEWORKS}
            return {k: f.result() for k, f in futures.items()}
    return {k: (r["exc_type"], r["error"] or "")
            for k, r in _run_every_snippet(pasted=True).items()}


def _paste_fresh(path):
    """`python -c <the snippet's text>` in a fresh interpreter, in an empty folder."""
    env = dict(os.environ, MPLBACKEND="Agg", TF_CPP_MIN_LOG_LEVEL="3")
    with tempfile.TemporaryDirectory() as empty:
        proc = subprocess.run([sys.executable, "-c", path.read_text(encoding="utf-8")],
                              cwd=empty, env=env, capture_output=True, text=True, timeout=300)
    last = proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else ""
    if not proc.returncode:
        return None, ""
    return last.split(":", 1)[0].rsplit(".", 1)[-1] or f"exit status {proc.returncode}", last
