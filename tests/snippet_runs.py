"""Each snippet runs once per test run, or not at all when nothing it depends on changed.

A snippet runs in the stricter of the two ways a reader runs it: pasted (code given to
`python -c`, no source file, no ``__file__``; harness.run(pasted=True)). That one result
feeds the standalone, pasted and agreement tests. Only the snippets that fail when pasted
by design (``PASTE_FAILS``) also run as a file, whose result the standalone and agreement
tests then read.

Results are kept in ``build/.snippet-cache`` (``PRELIM_SNIPPET_CACHE`` overrides), one file
per snippet and framework, keyed by:

- the snippet's text;
- its framework's environment: Python's version and the installed versions of the
  framework's distributions and of what every snippet uses (NumPy, pandas, matplotlib);
- the harness's own code (this module, harness.py, snippet_worker.py and the extension's
  result_types.py, which describes the values).

So a run after an edit runs the edited snippet and nothing else, an upgrade of JAX runs
JAX's snippets again, and a change to the harness runs everything. ``PRELIM_SNIPPET_CACHE=off``
runs every needed snippet afresh.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import platform
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

from helpers import EXTENSION, ROOT
from prelim.core.environment import version
from prelim.core.frameworks import FRAMEWORKS

CACHE_VARIABLE = "PRELIM_SNIPPET_CACHE"
DEFAULT_CACHE = ROOT / "build" / ".snippet-cache"

#: snippets that fail when pasted into `python` or given to `python -c`, with the reason
#: (the page says so beside the example); test_snippets marks them strict xfail, and they
#: also run as a file, whose result the other tests read
PASTE_FAILS = {
    "compilation/python_if[tf]": (
        "AutoGraph converts the `if` by reading the function's source, which code given to "
        "`python -c` (or typed at the prompt) does not have: OperatorNotAllowedInGraphError"
    ),
}

#: distributions whose versions change what a framework's snippets print, by framework
#: (the framework's own and those of its dependencies whose behaviour snippets show)
DISTRIBUTIONS = {
    "torch": ["torch"],
    "jax": ["jax", "jaxlib", "ml_dtypes"],
    "tf": ["tensorflow", "keras", "ml_dtypes"],
}
SHARED_DISTRIBUTIONS = ["numpy", "pandas", "matplotlib"]
#: the code that runs a snippet and describes its result
HARNESS_FILES = [
    Path(__file__),
    Path(__file__).with_name("harness.py"),
    Path(__file__).with_name("snippet_worker.py"),
    EXTENSION / "prelim" / "kernel" / "result_types.py",
]

#: workers per framework when many snippets miss: JAX's take as long as the others'
#: together (each compiles its operations), so they are split in two
SPLIT = {"jax": 2}


@functools.cache
def environment_key(framework: str) -> str:
    """What a framework's results depend on besides the snippet: versions and harness."""
    parts = [platform.python_version(), framework]
    parts += [f"{d}=={version(d)}" for d in DISTRIBUTIONS[framework] + SHARED_DISTRIBUTIONS]
    parts += [hashlib.sha256(p.read_bytes()).hexdigest() for p in HARNESS_FILES]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def snippet_key(path: Path, framework: str, how: str) -> str:
    """The cache key of one run: ``how`` is "pasted", "file" or a changed condition."""
    digest = hashlib.sha256(environment_key(framework).encode())
    digest.update(how.encode() + b"\0")
    digest.update(path.read_bytes())
    return digest.hexdigest()


def _cached(path: Path, framework: str, how: str) -> dict | None:
    cache = cache_folder()
    stored = cache / f"{snippet_key(path, framework, how)}.pickle" if cache else None
    return pickle.loads(stored.read_bytes()) if stored and stored.is_file() else None


def _store(path: Path, framework: str, how: str, result: dict) -> None:
    cache = cache_folder()
    if cache is None:
        return
    cache.mkdir(parents=True, exist_ok=True)
    stored = cache / f"{snippet_key(path, framework, how)}.pickle"
    partial = stored.with_suffix(f".{os.getpid()}.part")
    partial.write_bytes(pickle.dumps(result))
    partial.replace(stored)  # atomic: a parallel run never reads half a result


def cache_folder() -> Path | None:
    chosen = os.environ.get(CACHE_VARIABLE)
    if chosen == "off":
        return None
    return Path(chosen) if chosen else DEFAULT_CACHE


def _jax_compilations() -> str | None:
    """JAX's compilation cache for the workers, beside the results (snippet_worker)."""
    cache = cache_folder()
    return str((cache / "jax-compilations").absolute()) if cache else None


def run(wanted: list[tuple[object, str]]) -> dict[tuple[str, str], dict]:
    """{(example key, framework): result} for the ``(example, framework)`` pairs wanted.

    Each result is the pasted run's, with ``result["pasted"] = (error class, message)``;
    for a ``PASTE_FAILS`` snippet it is the file run's, with the pasted run's outcome in
    ``"pasted"``. Cached results are read back; the rest run in spawned workers, one
    framework per worker, each snippet in a fresh namespace.
    """
    jobs = []  # (example key, framework, path, pasted)
    for example, fw in wanted:
        path = example.path(fw)
        if not path.exists():
            continue
        jobs.append((example.key, fw, path, True))
        if f"{example.key}[{fw}]" in PASTE_FAILS:
            jobs.append((example.key, fw, path, False))
    done: dict[tuple[str, str, bool], dict] = {}
    missing = []
    for key, fw, path, pasted in jobs:
        how = "pasted" if pasted else "file"
        if (cached := _cached(path, fw, how)) is not None:
            done[(key, fw, pasted)] = cached
        else:
            missing.append((key, fw, path, pasted))
    for (key, fw, path, pasted), result in zip(missing, _execute(missing), strict=True):
        done[(key, fw, pasted)] = result
        _store(path, fw, "pasted" if pasted else "file", result)
    results = {}
    for key, fw, _path, pasted in jobs:
        if not pasted:
            continue
        pasted_run = done[(key, fw, True)]
        result = dict(done.get((key, fw, False), pasted_run))
        result["pasted"] = (pasted_run["exc_type"], pasted_run["error"] or "")
        results[(key, fw)] = result
    return results


def _execute(missing: list[tuple[str, str, Path, bool]]) -> list[dict]:
    """Run the missing snippets, grouped by framework (each worker imports one)."""
    if not missing:
        return []
    import snippet_worker

    groups: list[list[int]] = []
    for fw in FRAMEWORKS:
        mine = [i for i, job in enumerate(missing) if job[1] == fw]
        n = min(SPLIT.get(fw, 1), max(1, len(mine) // 20))  # a few snippets: one worker
        groups += [mine[i::n] for i in range(n) if mine[i::n]]
    out: list[dict | None] = [None] * len(missing)
    with ProcessPoolExecutor(
        len(groups),
        mp_context=get_context("spawn"),
        initializer=snippet_worker.init_worker,
        initargs=(_jax_compilations(),),
    ) as pool:
        futures = [
            (
                group,
                pool.submit(
                    snippet_worker.run_jobs,
                    [(str(missing[i][2]), missing[i][1], missing[i][3]) for i in group],
                ),
            )
            for group in groups
        ]
        for group, future in futures:
            for i, result in zip(group, future.result(), strict=True):
                out[i] = result
    return out  # type: ignore[return-value]


def run_changed(condition: str, framework: str, paths: list[Path]) -> dict[str, dict]:
    """{path: result} of snippets run under a changed condition (tests/test_snippet_rules.py):
    ``condition`` names the worker function (``run_on_simulated_accelerator``,
    ``run_with_same_draws``), which runs them in a process of their own (it changes the
    framework for good). Cached like every run, keyed by the condition too."""
    results = {}
    missing = []
    for path in paths:
        if (cached := _cached(path, framework, condition)) is not None:
            results[str(path)] = cached
        else:
            missing.append(path)
    if missing:
        import snippet_worker

        with ProcessPoolExecutor(
            1,
            mp_context=get_context("spawn"),
            initializer=snippet_worker.init_worker,
            initargs=(_jax_compilations(),),
        ) as pool:
            ran = pool.submit(
                getattr(snippet_worker, condition), framework, [str(p) for p in missing]
            ).result()
        for path, result in zip(missing, ran, strict=True):
            _store(path, framework, condition, result)
            results[str(path)] = result
    return results
