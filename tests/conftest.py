from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import tomllib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

# helpers puts the extension (docs/_ext) and tools/ on sys.path; test_snippets and
# test_agreement import ROOT and FRAMEWORKS from here
from run_once import once, prefetch  # noqa: E402

import snippet_runs  # noqa: E402
from helpers import ROOT  # noqa: E402
from prelim.core.frameworks import FRAMEWORKS  # noqa: E402
from prelim.core.snippets import all_examples  # noqa: E402

# the real site as built, its http server and the browser (fixtures for the real-site
# tests); two fresh builds of the fixture site (read by the fixture-site tests)
pytest_plugins = ["builtsite", "fresh_builds"]

EXAMPLES = all_examples()

#: fixtures whose tests only the full tier runs (`nox -s full`; `nox -s tests` deselects
#: the `full`, `browser` and `tex` markers): the whole real site built, served or driven
#: in a browser, a second fresh build of the fixture site, and a virtualenv built
FULL_TIER_FIXTURES = {"real_site", "server", "browser", "fresh_fixture_builds", "other_venv"}


def pytest_collection_modifyitems(items):
    for item in items:
        if FULL_TIER_FIXTURES & set(item.fixturenames):
            item.add_marker(pytest.mark.full)


def compare_spec(example) -> dict:
    """The example's entry in snippets/<chapter>/compare.toml ({} when values agree)."""
    path = ROOT / "snippets" / example.chapter / "compare.toml"
    if not path.exists():
        return {}
    return tomllib.loads(path.read_text(encoding="utf-8")).get(example.name, {})


@pytest.fixture(scope="session")
def snippet_results(request, tmp_path_factory):
    """{(example key, framework): result dict} for the snippets the selected tests read,
    each run once, pasted (tests/snippet_runs.py: cached by content, environment and
    harness). Once per test run, shared by the xdist workers (run_once.py)."""
    return once(
        tmp_path_factory,
        "snippet_results",
        lambda: snippet_runs.run(_wanted(request.session.items)),
    )


@pytest.fixture(scope="session")
def pasted_results(snippet_results):
    """{(example key, framework): (error class name or None, message)} of the pasted runs.
    PRELIM_PASTE_FRESH=1 gives each snippet its own fresh interpreter instead (`python -c`
    in an empty folder: about 550 interpreters, each importing its framework)."""
    if os.environ.get("PRELIM_PASTE_FRESH"):
        with ThreadPoolExecutor(os.cpu_count() or 2) as pool:
            futures = {
                k: pool.submit(_paste_fresh, EXAMPLE_BY_KEY[k[0]].path(k[1]))
                for k in snippet_results
            }
            return {k: f.result() for k, f in futures.items()}
    return {k: r["pasted"] for k, r in snippet_results.items()}


@pytest.fixture(scope="session", autouse=True)
def _start_snippet_results(request, tmp_path_factory):
    """Start running the snippets as the session starts, in the background, when any
    collected test needs them: no worker then sits idle waiting for them."""
    items = request.session.items
    if any({"snippet_results", "pasted_results"} & set(item.fixturenames) for item in items):
        prefetch(tmp_path_factory, "snippet_results", lambda: snippet_runs.run(_wanted(items)))


EXAMPLE_BY_KEY = {e.key: e for e in EXAMPLES}


def _wanted(items) -> list:
    """The (example, framework) pairs the selected tests read: a test parametrized by an
    example (and a framework) needs that example's snippets; one that reads the results
    without naming an example needs them all."""
    wanted: dict[tuple[str, str], object] = {}
    for item in items:
        if not {"snippet_results", "pasted_results"} & set(item.fixturenames):
            continue
        params = getattr(getattr(item, "callspec", None), "params", {})
        example = params.get("example")
        if example is None:
            return [(e, fw) for e in EXAMPLES for fw in FRAMEWORKS]
        example = EXAMPLE_BY_KEY[getattr(example, "key", example)]
        for fw in [params["fw"]] if "fw" in params else FRAMEWORKS:
            wanted[(example.key, fw)] = example
    return [(example, fw) for (_key, fw), example in wanted.items()]


def _paste_fresh(path):
    """`python -c <the snippet's text>` in a fresh interpreter, in an empty folder."""
    env = dict(os.environ, MPLBACKEND="Agg", TF_CPP_MIN_LOG_LEVEL="3")
    with tempfile.TemporaryDirectory() as empty:
        proc = subprocess.run(
            [sys.executable, "-c", path.read_text(encoding="utf-8")],
            cwd=empty,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
    last = proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else ""
    if not proc.returncode:
        return None, ""
    return last.split(":", 1)[0].rsplit(".", 1)[-1] or f"exit status {proc.returncode}", last
