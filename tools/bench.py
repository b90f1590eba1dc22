"""Time the site build on this machine, in one run, against its floor and the naive way.

Run it as ``nox -s bench`` (or ``.venv/bin/python tools/bench.py``). It measures, side by
side (the same machine, minutes apart; other load on the machine shows in every figure,
so read the ratios, and the load averages it prints):

- ``cold_s``  a fresh build with empty caches, as ``nox -s docs`` runs it (``-j auto``);
- ``noop_s``  an author's rebuild with nothing changed (``nox -s docs -- --incremental``),
  the median of ``--repeat`` runs;
- ``edit_s``  the same rebuild after editing one snippet (a PyTorch one); it must
  re-execute only the unit that shows the snippet, that page's PyTorch cells (the units
  and pages it executed are reported, and whether they are exactly that one unit);
- ``floor_s`` what no build can avoid: each framework imported once, plus the sum of
  every snippet's own run time (all snippets of a framework in one process, each in a
  fresh namespace, as tests/snippet_worker.py runs them; each snippet's seconds are kept
  in ``floor_parts["snippet_s"]``), plus rendering the site with execution off, as the
  cold build renders it (``-j auto``);
- ``unit_floor_s`` the floor of each execution unit, one framework's cells of one page
  (``"<page>:<fw>"``; a chapter's exercises are on its page): that framework's import
  plus the page's snippets of that framework, from the same measurement;
- ``parallel_floor_s`` the floor spread over the cores the cold build executes on:
  ``max(execution floor / cores, longest unit) + rendering``. The execution floor (imports
  once + every snippet) is work no schedule avoids, and ``cores`` kernels at most do it at
  once; no unit finishes before its framework is imported and its snippets have run, so
  none of it ends sooner than the longest unit; execution happens before Sphinx reads a
  page, so rendering (itself already parallel, ``-j auto``) comes after it and adds.
  It is a lower bound, not a schedule: it counts each import once (as units forked
  from one process that imported the frameworks do; one process importing all three
  before the first fork puts all three imports ahead of every unit), ignores each unit's
  hidden cells and kernel start, and counts warm-up a framework does once per process
  (a first compilation) once, in the first snippet that needs it. ``cores`` is what the
  cold build runs at once: ``-j auto`` readers (os.cpu_count()), capped by the
  extension's ``prelim_max_kernels`` (``--cores`` overrides it);
- ``parallel_floor_by_cpu_s`` the same with the execution floor's CPU seconds in place of
  its wall seconds: the frameworks run threads of their own, so the floor's snippets
  already use more than one core, and dividing their wall time over the cores again
  counts that parallelism twice (the two are printed side by side);
- ``naive_s`` myst-nb on its own: every page executed serially while it is read,
  ``nb_execution_mode = "force"``, ``-j 1``;
- ``import_floor_s`` what every Sphinx run pays before it looks at a page: a fresh
  interpreter importing Sphinx's build command, myst-nb's Sphinx extension and the theme
  (the median of ``--repeat`` runs): the no-change rebuild is judged against it.

A build says what it executed in its log: ``docs/<page>.md: Executed unit <fw> in <s>
seconds`` for one unit, ``docs/<page>.md: Executed notebook in <s> seconds`` for a whole
page (a build that executes per page, or myst-nb executing a failed page again while it
reads); both are counted, as ``<page>:<fw>`` and ``<page>:*`` (``cold_executed``,
``edit_executed`` against ``edit_expected``). Where the cold build's time went
(``cold_phases``) comes from when those lines arrived: before execution (Sphinx
starting, finding what to execute), executing (from its first unit's start to its last
unit's end; against ``parallel_execution_s``, the parallel floor less rendering), and
after (reading and writing the pages; against rendering), beside each execution's own
seconds against its snippets' floor, and how busy the kernels kept the cores.

Everything happens under build/bench/: the sources are copied to build/bench/src first
(the edit is made there, and edits others make meanwhile cannot skew one figure against
another), every build has its own output folder and execution cache, so build/html and
build/.jupyter_cache are never touched. The figures go to build/bench.json (seconds).
Nothing here asserts a timing: it prints each target as met or missed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from sphinx_command import sphinx_build

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "build" / "bench"
RESULTS = ROOT / "build" / "bench.json"
SOURCES = ("conf.py", "docs", "snippets")  # what a build reads
STEPS = ("floor", "naive", "cold", "noop", "edit", "import_floor")
#: what loading the site's extensions imports, nothing of ours and no page read
IMPORT_FLOOR = "import sphinx.cmd.build, myst_nb.sphinx_ext, sphinx_book_theme"
#: one execution in a build's log: a unit (one framework's cells of a page) or a whole
#: page; the page is the part after the last ``docs/`` of the path
EXECUTED = re.compile(
    r"(?:\S*/)?docs/([^\s/]+)\.md: Executed (?:unit (\w+)|notebook)"
    r"(?: in ([\d.]+) seconds)?"
)
EXECUTING = re.compile(r"^executing \d+ ")  # the extension's line before its kernels start
WHOLE_PAGE = "*"  # the framework of an execution that ran a whole page
TARGET = 1.15  # cold <= TARGET x parallel floor
#: what the extension runs at once at most (prelim_max_kernels's default, in
#: docs/_ext/prelim/execute/parallel.py), when neither it nor conf.py says otherwise
MAX_KERNELS = 4
CPU: dict[str, list[float]] = {}  # build folder name -> CPU seconds of each build there

#: one process per framework: import it (timed), then run every snippet of that
#: framework once, each in a fresh namespace (timed by tests/snippet_worker.py)
FLOOR_WORKER = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
import snippet_worker
snippet_worker.init_worker()
framework, module, paths = sys.argv[2], sys.argv[3], sys.argv[4:]
start = time.perf_counter()
__import__(module)
imported = time.perf_counter() - start
results = [snippet_worker.run_one(path, framework) for path in paths]
print(json.dumps({"import_s": imported, "snippets_s": sum(r["seconds"] for r in results),
                  "snippets": len(results),
                  "seconds": {r["path"]: r["seconds"] for r in results}}))
"""


@dataclass
class Build:
    seconds: float  # wall clock
    text: str  # its log, stdout and stderr as they came
    lines: list[tuple[float, str]]  # each line of the log with when it arrived (s)


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def load_average() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def snapshot(source: Path, dest: Path) -> Path:
    """A private copy of the sources, so the bench edits and builds nothing shared."""
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in SOURCES:
        path = source / name
        if path.is_dir():
            shutil.copytree(path, dest / name, ignore=ignore)
        else:
            shutil.copy2(path, dest / name)
    return dest


def child_cpu() -> float:
    """CPU seconds used so far by finished child processes (and theirs: kernels)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def sphinx(src: Path, out: Path, *options: str, fresh: bool) -> Build:
    """One build of ``src`` into ``out``/html with its own cache, as `nox -s docs` runs it.

    Returns its wall-clock seconds and its log, each line with when it arrived (Sphinx
    flushes each message, so that is when it was logged); the CPU seconds it used (every
    process of the build, kernels included: what other load on the machine does not
    change) are added to CPU[out.name].
    """
    cmd = sphinx_build(src, out / "html", *options, fresh=fresh, cache=out / "cache")
    lines: list[tuple[float, str]] = []
    start, cpu = time.perf_counter(), child_cpu()
    with subprocess.Popen(
        cmd, cwd=src, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    ) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append((time.perf_counter() - start, line.rstrip("\n")))
    seconds = time.perf_counter() - start
    CPU.setdefault(out.name, []).append(round(child_cpu() - cpu, 2))
    text = "\n".join(line for _, line in lines)
    (out / "build.log").parent.mkdir(parents=True, exist_ok=True)
    with open(out / "build.log", "a", encoding="utf-8") as handle:
        handle.write(f"$ {' '.join(cmd)}\n{text}\n")
    if proc.returncode != 0:
        sys.exit(
            f"bench: this build failed (log in {out / 'build.log'}):\n"
            f"{' '.join(cmd)}\n{text[-4000:]}"
        )
    return Build(seconds, text, lines)


def fresh_dir(path: Path) -> Path:
    if path.exists():
        shutil.rmtree(path)
    path.mkdir(parents=True)
    return path


def floor(src: Path) -> dict:
    """Imports once per framework + every snippet's own time + rendering without execution.

    Also each snippet's own seconds (``floor_parts["snippet_s"][fw]``, by its path in the
    sources) and, from them, each unit's floor (``unit_floor_s``).
    """
    from prelim.core.frameworks import FRAMEWORKS
    from prelim.core.snippets import all_examples

    examples = all_examples(src / "snippets")
    cwd = fresh_dir(BENCH / "floor-cwd")  # snippets that write files write them here
    parts: dict = {"import_s": {}, "snippets_s": {}, "snippet_s": {}}
    cpu = child_cpu()
    for fw, framework in FRAMEWORKS.items():
        module = framework.module
        paths = [str(e.path(fw)) for e in examples if e.path(fw).exists()]
        proc = subprocess.run(
            [sys.executable, "-c", FLOOR_WORKER, str(ROOT / "tests"), fw, module, *paths],
            cwd=cwd,
            capture_output=True,
            text=True,
            env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"},
        )
        if proc.returncode != 0:
            sys.exit(f"bench: running the {fw} snippets failed:\n{proc.stderr[-4000:]}")
        data = json.loads(proc.stdout.strip().splitlines()[-1])
        parts["import_s"][fw] = round(data["import_s"], 2)
        parts["snippets_s"][fw] = round(data["snippets_s"], 2)
        parts["snippet_s"][fw] = {
            Path(path).relative_to(src).as_posix(): round(seconds, 3)
            for path, seconds in data["seconds"].items()
        }
        log(
            f"floor: {fw}: import {data['import_s']:.1f} s, {data['snippets']} snippets "
            f"{data['snippets_s']:.1f} s"
        )
    parts["execution_cpu_s"] = round(child_cpu() - cpu, 2)
    render = sphinx(
        src, fresh_dir(BENCH / "render"), "-j", "auto", "-D", "nb_execution_mode=off", fresh=True
    ).seconds
    parts["render_s"] = round(render, 2)
    log(f"floor: rendering with execution off {render:.1f} s")
    total = sum(parts["import_s"].values()) + sum(parts["snippets_s"].values()) + render
    return {
        "floor_s": round(total, 2),
        "floor_parts": parts,
        "floor_cpu_s": round(child_cpu() - cpu, 2),
        "unit_floor_s": unit_floors(parts["import_s"], parts["snippet_s"]),
    }


def unit_floors(
    import_s: dict[str, float], snippet_s: dict[str, dict[str, float]]
) -> dict[str, float]:
    """Each unit's floor: its framework's import + its page's snippets of that framework.

    ``snippet_s`` is {framework: {"snippets/<chapter>/<name>_<fw>.py": seconds}}; a
    chapter's snippets (its exercises ``ex_*`` too) are shown on its page, docs/<chapter>.md.

    >>> unit_floors({"jax": 2.0, "tf": 5.0},
    ...             {"jax": {"snippets/calculus/a_jax.py": 0.5,
    ...                      "snippets/calculus/ex_b_jax.py": 0.25},
    ...              "tf": {"snippets/calculus/a_tf.py": 1.0,
    ...                     "snippets/gaussian/c_tf.py": 3.0}})
    {'calculus:jax': 2.75, 'calculus:tf': 6.0, 'gaussian:tf': 8.0}
    """
    units: dict[str, float] = {}
    for fw, times in snippet_s.items():
        for path, seconds in times.items():
            unit = f"{PurePosixPath(path).parent.name}:{fw}"
            units[unit] = units.get(unit, import_s[fw]) + seconds
    return {unit: round(seconds, 2) for unit, seconds in sorted(units.items())}


def parallel_floor(
    execution_s: float, units: dict[str, float], render_s: float, cores: int
) -> dict:
    """max(execution floor / cores, longest unit) + rendering (the module docstring says why).

    >>> parallel_floor(100.0, {"a:tf": 30.0, "b:jax": 10.0}, 20.0, 4)
    ... # doctest: +NORMALIZE_WHITESPACE
    {'parallel_floor_s': 50.0, 'parallel_execution_s': 30.0, 'longest_unit': 'a:tf',
     'longest_unit_s': 30.0, 'cores': 4}
    >>> parallel_floor(100.0, {"a:tf": 30.0, "b:jax": 10.0}, 20.0, 2)["parallel_floor_s"]
    70.0
    """
    longest = max(units, key=lambda unit: (units[unit], unit))
    execution = max(execution_s / cores, units[longest])
    return {
        "parallel_floor_s": round(execution + render_s, 2),
        "parallel_execution_s": round(execution, 2),
        "longest_unit": longest,
        "longest_unit_s": units[longest],
        "cores": cores,
    }


def build_cores(src: Path) -> int:
    """How many units the cold build executes at once: ``-j auto`` readers (Sphinx takes
    the CPU count), capped by ``prelim_max_kernels`` (conf.py's, else the extension's)."""
    kernels = MAX_KERNELS
    conf = re.search(
        r"^prelim_max_kernels\s*=\s*(\d+)", (src / "conf.py").read_text(encoding="utf-8"), re.M
    )
    default = re.search(
        r'Option\(\s*"prelim_max_kernels",\s*(\d+)',
        _text(src / "docs" / "_ext" / "prelim" / "core" / "options.py"),
    )
    if conf or default:
        kernels = int((conf or default).group(1))
    return max(1, min(os.cpu_count() or 1, kernels))


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.exists() else ""


def edit_one_snippet(src: Path) -> tuple[Path, str, str]:
    """Edit the first PyTorch snippet of the page with the fewest examples.

    Returns (file, page, framework): the one unit the rebuild should execute.
    """
    pages = {
        p.stem: re.findall(r"^:example:\s*(\S+)", p.read_text(encoding="utf-8"), re.M)
        for p in (src / "docs").glob("*.md")
    }
    page = min((p for p in pages if pages[p]), key=lambda p: (len(pages[p]), p))
    fw = "torch"
    path = src / "snippets" / page / f"{pages[page][0]}_{fw}.py"
    path.write_text(
        "# edited by the benchmark\n" + path.read_text(encoding="utf-8"), encoding="utf-8"
    )
    return path, page, fw


def executions(text: str) -> list[tuple[str, str, float | None]]:
    """Every execution a build logged: (page, framework or WHOLE_PAGE, seconds).

    >>> executions("/s/docs/calculus.md: Executed unit jax in 3.50 seconds\\n"
    ...            "x/docs/probability.md: Executed notebook in 7.00 seconds\\n"
    ...            "/a/docs/b/docs/gaussian.md: Executed unit tf in 1 seconds")
    [('calculus', 'jax', 3.5), ('probability', '*', 7.0), ('gaussian', 'tf', 1.0)]
    """
    return [
        (page, fw or WHOLE_PAGE, float(seconds) if seconds else None)
        for page, fw, seconds in EXECUTED.findall(text)
    ]


def executed_pages(text: str) -> list[str]:
    return sorted({page for page, _, _ in executions(text)})


def executed_units(text: str) -> list[str]:
    """One ``<page>:<fw>`` per execution (``<page>:*`` for a whole page), sorted."""
    return sorted(f"{page}:{fw}" for page, fw, _ in executions(text))


def describe_executed(text: str) -> str:
    """'27 unit(s) (9 pages)', '9 whole page(s) (9 pages)', or both."""
    found = executions(text)
    units = sum(fw != WHOLE_PAGE for _, fw, _ in found)
    whole = len(found) - units
    said = ([f"{units} unit(s)"] if units else []) + ([f"{whole} whole page(s)"] if whole else [])
    return f"{' + '.join(said) or 'nothing'} ({len(executed_pages(text))} pages)"


def phases(
    build: Build, units: dict[str, float] | None = None, imports: dict[str, float] | None = None
) -> dict | None:
    """Where a build's time went, from when its execution lines arrived.

    ``executing_s`` runs from the first execution's start (the extension's "executing N"
    line, else the earliest arrival less its own seconds) to the last execution's line;
    before it Sphinx starts and finds what to execute, after it pages are read and
    written. ``kernel_s`` adds up the executions' own seconds; each execution is listed
    with its floor where known (``floor_s``: its unit's, or its page's units' for a whole
    page) and the framework imports that floor counts (``import_s``): a kernel forked
    from a process that imported the frameworks does not pay them, one started afresh
    does, so ``seconds - (floor_s - import_s)`` is at least the execution's overhead
    (kernel start, hidden cells, the wait for its outputs) over its snippets.
    """
    timed = [(t, found[0]) for t, line in build.lines if (found := executions(line))]
    if not timed:
        return None
    ends = [t for t, _ in timed]
    starts = [t - s for t, (_, _, s) in timed if s is not None] or [ends[0]]
    start = next((t for t, line in build.lines if EXECUTING.match(line)), min(starts))
    start = min(start, ends[0])
    listed = []
    for _, (page, fw, seconds) in timed:
        item: dict = {"unit": f"{page}:{fw}", "seconds": seconds}
        if units is not None:
            mine = [
                s
                for unit, s in units.items()
                if unit.split(":")[0] == page and fw in (WHOLE_PAGE, unit.split(":")[1])
            ]
            item["floor_s"] = round(sum(mine), 2) if mine else None
            if imports is not None and mine:
                item["import_s"] = round(
                    sum(
                        imports[unit.split(":")[1]]
                        for unit in units
                        if unit.split(":")[0] == page and fw in (WHOLE_PAGE, unit.split(":")[1])
                    ),
                    2,
                )
        listed.append(item)
    return {
        "before_s": round(start, 2),
        "executing_s": round(max(ends) - start, 2),
        "after_s": round(build.seconds - max(ends), 2),
        "kernel_s": round(sum(s for _, (_, _, s) in timed if s is not None), 2),
        "executions": listed,
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--repeat", type=int, default=3, help="no-change rebuilds to take the median of (default 3)"
    )
    parser.add_argument("--skip", default="", help=f"comma-separated steps to skip: {STEPS}")
    parser.add_argument(
        "--src",
        type=Path,
        default=ROOT,
        help="the checkout whose sources to time (default: this one)",
    )
    parser.add_argument(
        "--cores",
        type=int,
        default=None,
        help="cores the parallel floor divides the execution floor over "
        "(default: what the cold build runs at once, min(CPUs, "
        "prelim_max_kernels))",
    )
    args = parser.parse_args(argv)
    skip = {s for s in args.skip.split(",") if s}
    if unknown := skip - set(STEPS):
        parser.error(f"unknown step(s) {', '.join(sorted(unknown))}; steps are {STEPS}")
    if "cold" in skip:
        skip |= {"noop", "edit"}  # both rebuild on top of the cold build
    results: dict = {"cpus": os.cpu_count(), "load_before": load_average()}
    src = snapshot(args.src.resolve(), BENCH / "src")
    log(f"sources copied to {src.relative_to(ROOT)}; load average {results['load_before']}")

    if "floor" not in skip:
        results.update(floor(src))
        parts = results["floor_parts"]
        execution = sum(parts["import_s"].values()) + sum(parts["snippets_s"].values())
        results.update(
            parallel_floor(
                execution,
                results["unit_floor_s"],
                parts["render_s"],
                args.cores or build_cores(src),
            )
        )
        log(
            f"floor: {len(results['unit_floor_s'])} units, the longest "
            f"{results['longest_unit']} {results['longest_unit_s']:.1f} s; parallel floor "
            f"over {results['cores']} cores {results['parallel_floor_s']:.1f} s"
        )
    if "naive" not in skip:
        build = sphinx(
            src, fresh_dir(BENCH / "naive"), "-j", "1", "-D", "nb_execution_mode=force", fresh=True
        )
        results["naive_s"] = round(build.seconds, 2)
        results["naive_cpu_s"] = CPU["naive"][-1]
        log(f"naive (force, -j 1): {build.seconds:.1f} s, executed {describe_executed(build.text)}")
    if "cold" not in skip:
        cold_out = fresh_dir(BENCH / "cold")
        build = sphinx(src, cold_out, "-j", "auto", fresh=True)
        results["cold_s"] = round(build.seconds, 2)
        results["cold_cpu_s"] = CPU["cold"][-1]
        results["cold_executed"] = executed_units(build.text)
        if (
            where := phases(
                build, results.get("unit_floor_s"), results.get("floor_parts", {}).get("import_s")
            )
        ) is not None:
            results["cold_phases"] = where
        log(f"cold (-j auto): {build.seconds:.1f} s, executed {describe_executed(build.text)}")
    if "noop" not in skip:
        runs = []
        for _ in range(args.repeat):
            build = sphinx(src, cold_out, "-j", "auto", fresh=False)
            runs.append(round(build.seconds, 2))
            if executed := executed_units(build.text):
                sys.exit(f"bench: a rebuild with nothing changed executed {executed}")
        results["noop_s"] = statistics.median(runs)
        results["noop_runs_s"] = runs
        results["noop_cpu_s"] = statistics.median(CPU["cold"][-len(runs) :])
        log(f"no-change rebuild: median {results['noop_s']:.1f} s of {runs}")
    if "edit" not in skip:
        path, page, fw = edit_one_snippet(src)
        build = sphinx(src, cold_out, "-j", "auto", fresh=False)
        results["edit_s"] = round(build.seconds, 2)
        results["edit_cpu_s"] = CPU["cold"][-1]
        results["edit_snippet"] = path.relative_to(src).as_posix()
        results["edit_expected"] = [f"{page}:{fw}"]
        results["edit_executed"] = executed_units(build.text)
        results["edit_executed_pages"] = executed_pages(build.text)
        log(
            f"edited {results['edit_snippet']}: {build.seconds:.1f} s, executed "
            f"{results['edit_executed']} (expected {results['edit_expected']})"
        )
    if "import_floor" not in skip:
        runs = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", IMPORT_FLOOR], check=True, cwd=src)
            runs.append(round(time.perf_counter() - start, 2))
        results["import_floor_s"] = statistics.median(runs)
        results["import_floor_runs_s"] = runs
        log(f"import floor ({IMPORT_FLOOR}): median {results['import_floor_s']:.2f} s of {runs}")
    results["load_after"] = load_average()
    report(results)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"written to {RESULTS.relative_to(ROOT)}")
    return 0


def report(r: dict) -> None:
    def ratio(a, b):
        return f"{r[a] / r[b]:.2f}" if a in r and b in r and r[b] else "-"

    print()
    print(f"{'':28}{'seconds':>8}{'/ floor':>9}{'/ par.':>8}{'/ naive':>9}{'CPU s':>8}")
    for key, label in [
        ("cold_s", "cold build (-j auto)"),
        ("noop_s", "no-change rebuild"),
        ("edit_s", "rebuild, one snippet edited"),
        ("floor_s", "floor"),
        ("parallel_floor_s", "parallel floor"),
        ("naive_s", "naive (force, -j 1)"),
    ]:
        if key in r:
            cpu = r.get(key.replace("_s", "_cpu_s"))
            print(
                f"{label:28}{r[key]:8.1f}{ratio(key, 'floor_s'):>9}"
                f"{ratio(key, 'parallel_floor_s'):>8}{ratio(key, 'naive_s'):>9}"
                + (f"{cpu:8.1f}" if cpu is not None else "")
            )
    if "floor_parts" in r:
        p = r["floor_parts"]
        execution = sum(p["import_s"].values()) + sum(p["snippets_s"].values())
        print(
            f"floor = imports {sum(p['import_s'].values()):.1f} s + snippets "
            f"{sum(p['snippets_s'].values()):.1f} s + rendering {p['render_s']:.1f} s"
        )
        print(
            f"parallel floor = max(execution floor {execution:.1f} s / {r['cores']} cores, "
            f"longest unit {r['longest_unit']} {r['longest_unit_s']:.1f} s) + rendering "
            f"{p['render_s']:.1f} s = {r['parallel_floor_s']:.1f} s "
            f"({len(r['unit_floor_s'])} units)"
        )
        if "execution_cpu_s" in p and execution:
            # the frameworks run their own threads: the floor's execution already used more
            # than one core, so dividing its wall time over the cores counts that twice
            by_cpu = max(p["execution_cpu_s"] / r["cores"], r["longest_unit_s"]) + p["render_s"]
            r["parallel_floor_by_cpu_s"] = round(by_cpu, 2)
            print(
                f"  the execution floor ran on {p['execution_cpu_s'] / execution:.2f} cores "
                f"(CPU {p['execution_cpu_s']:.1f} s / wall {execution:.1f} s: the frameworks' "
                f"own threads); by its CPU time, max({p['execution_cpu_s']:.1f} s / "
                f"{r['cores']}, longest unit) + rendering = {by_cpu:.1f} s"
                + (f"; cold / that = {r['cold_s'] / by_cpu:.2f}" if "cold_s" in r else "")
            )
        units = r["unit_floor_s"]
        top = sorted(units, key=lambda unit: -units[unit])[:5]
        print("longest units: " + ", ".join(f"{unit} {units[unit]:.1f} s" for unit in top))
    if "cold_s" in r:
        print(
            f"cold executed {len(r['cold_executed'])}: "
            + (", ".join(r["cold_executed"]) or "nothing")
        )
    if "cold_phases" in r:
        w = r["cold_phases"]
        floor_note = (
            f" (its parallel floor {r['parallel_execution_s']:.1f} s)"
            if "parallel_execution_s" in r
            else ""
        )
        print(
            f"cold, where the time went: executing {w['executing_s']:.1f} s{floor_note}"
            f" + the rest {w['before_s'] + w['after_s']:.1f} s (before executing "
            f"{w['before_s']:.1f} s, after {w['after_s']:.1f} s"
            + (
                f"; rendering with execution off {r['floor_parts']['render_s']:.1f} s"
                if "floor_parts" in r
                else ""
            )
            + ")"
        )
        if "cores" in r and w["executing_s"]:
            print(
                f"  kernels busy {w['kernel_s'] / (w['executing_s'] * r['cores']):.0%} of "
                f"{r['cores']} cores x {w['executing_s']:.1f} s executing"
            )
        known = [e for e in w["executions"] if "import_s" in e and e["seconds"] is not None]
        print(
            f"  kernels' own time {w['kernel_s']:.1f} s in {len(w['executions'])} executions"
            + (
                f"; their snippets' floor {sum(e['floor_s'] - e['import_s'] for e in known):.1f}"
                f" s, + {sum(e['import_s'] for e in known):.1f} s if each imported its "
                "frameworks"
                if known
                else ""
            )
        )
        if known:
            print("  the most over their snippets' floor (kernel s; snippets s + import s):")
        for e in sorted(known, key=lambda e: e["floor_s"] - e["import_s"] - e["seconds"])[:5]:
            print(
                f"    {e['unit']:26}{e['seconds']:8.1f}; {e['floor_s'] - e['import_s']:.1f} "
                f"+ {e['import_s']:.1f}"
            )
    checks = []
    if "cold_s" in r and "floor_s" in r:
        checks.append(
            (
                f"cold <= 1.5 x floor ({ratio('cold_s', 'floor_s')})",
                r["cold_s"] <= 1.5 * r["floor_s"],
            )
        )
    if "cold_s" in r and "parallel_floor_s" in r:
        checks.append(
            (
                f"cold <= {TARGET} x parallel floor ({ratio('cold_s', 'parallel_floor_s')})",
                r["cold_s"] <= TARGET * r["parallel_floor_s"],
            )
        )
    if "cold_s" in r and "naive_s" in r:
        checks.append(
            (
                f"cold at least 2 x faster than naive ({ratio('naive_s', 'cold_s')} x)",
                r["naive_s"] >= 2 * r["cold_s"],
            )
        )
    if "noop_s" in r and "import_floor_s" in r:
        print(
            f"no-change rebuild {r['noop_s']:.2f} s / import floor {r['import_floor_s']:.2f} s"
            f" = {ratio('noop_s', 'import_floor_s')}"
        )
        checks.append(
            (
                f"no-change rebuild <= 1.5 x import floor ({ratio('noop_s', 'import_floor_s')})",
                r["noop_s"] <= 1.5 * r["import_floor_s"],
            )
        )
    if "edit_executed" in r:
        checks.append(
            (
                f"the edit of {r['edit_snippet']} re-executed only its unit "
                f"{r['edit_expected']} (executed {r['edit_executed']})",
                r["edit_executed"] == r["edit_expected"],
            )
        )
    for text, ok in checks:
        print(f"  [{'met' if ok else 'MISSED'}] {text}")
    print(
        f"{r['cpus']} CPUs; load average (1, 5, 15 min) before {r['load_before']}, "
        f"after {r['load_after']}"
    )


if __name__ == "__main__":
    sys.exit(main())
