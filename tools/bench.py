"""Time the site build on this machine, in one run, against its floor and the naive way.

Run it as ``nox -s bench`` (or ``.venv/bin/python tools/bench.py``). It measures, side by
side (the same machine, minutes apart; other load on the machine shows in every figure,
so read the ratios, and the load averages it prints):

- ``cold_s``  a fresh build with empty caches, as ``nox -s docs`` runs it (``-j auto``);
- ``noop_s``  an author's rebuild with nothing changed (``nox -s docs -- --incremental``),
  the median of ``--repeat`` runs;
- ``edit_s``  the same rebuild after editing one snippet; it must re-execute only the page
  that shows the snippet (the pages it executed are reported);
- ``floor_s`` what no build can avoid: each framework imported once, plus the sum of
  every snippet's own run time (all snippets of a framework in one process, each in a
  fresh namespace, as tests/snippet_worker.py runs them), plus rendering the site with
  execution off, as the cold build renders it (``-j auto``);
- ``naive_s`` myst-nb on its own: every page executed serially while it is read,
  ``nb_execution_mode = "force"``, ``-j 1``;
- ``import_floor_s`` what every Sphinx run pays before it looks at a page: a fresh
  interpreter importing Sphinx's build command, myst-nb's Sphinx extension and the theme
  (the median of ``--repeat`` runs): the no-change rebuild is judged against it.

Everything happens under build/bench/: the sources are copied to build/bench/src first
(the edit is made there, and edits others make meanwhile cannot skew one figure against
another), every build has its own output folder and execution cache, so build/html and
build/.jupyter_cache are never touched. The figures go to build/bench.json (seconds).
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
from pathlib import Path

from sphinx_command import sphinx_build

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "build" / "bench"
RESULTS = ROOT / "build" / "bench.json"
SOURCES = ("conf.py", "docs", "snippets")  # what a build reads
STEPS = ("floor", "naive", "cold", "noop", "edit", "import_floor")
#: what loading the site's extensions imports, nothing of ours and no page read
IMPORT_FLOOR = "import sphinx.cmd.build, myst_nb.sphinx_ext, sphinx_book_theme"
EXECUTED = re.compile(r"docs/(\S+)\.md: Executed notebook in")
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
                  "snippets": len(results)}))
"""


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


def sphinx(src: Path, out: Path, *options: str, fresh: bool) -> tuple[float, str]:
    """One build of ``src`` into ``out``/html with its own cache, as `nox -s docs` runs it.

    Returns the wall-clock seconds and the log; the CPU seconds it used (every process of
    the build, kernels included: what other load on the machine does not change) are
    added to CPU[out.name].
    """
    cmd = sphinx_build(src, out / "html", *options, fresh=fresh, cache=out / "cache")
    start, cpu = time.perf_counter(), child_cpu()
    proc = subprocess.run(cmd, cwd=src, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    CPU.setdefault(out.name, []).append(round(child_cpu() - cpu, 2))
    text = proc.stdout + proc.stderr
    (out / "build.log").parent.mkdir(parents=True, exist_ok=True)
    with open(out / "build.log", "a", encoding="utf-8") as handle:
        handle.write(f"$ {' '.join(cmd)}\n{text}\n")
    if proc.returncode != 0:
        sys.exit(f"bench: this build failed (log in {out / 'build.log'}):\n"
                 f"{' '.join(cmd)}\n{text[-4000:]}")
    return seconds, text


def fresh_dir(path: Path) -> Path:
    if path.exists():
        shutil.rmtree(path)
    path.mkdir(parents=True)
    return path


def floor(src: Path) -> dict:
    """Imports once per framework + every snippet's own time + rendering without execution."""
    sys.path.insert(0, str(src / "docs" / "_ext"))
    from prelim.core.frameworks import FRAMEWORKS
    from prelim.core.snippets import all_examples

    examples = all_examples(src / "snippets")
    cwd = fresh_dir(BENCH / "floor-cwd")  # snippets that write files write them here
    parts: dict = {"import_s": {}, "snippets_s": {}}
    cpu = child_cpu()
    for fw, framework in FRAMEWORKS.items():
        module = framework.module
        paths = [str(e.path(fw)) for e in examples if e.path(fw).exists()]
        proc = subprocess.run(
            [sys.executable, "-c", FLOOR_WORKER, str(ROOT / "tests"), fw, module, *paths],
            cwd=cwd, capture_output=True, text=True,
            env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"})
        if proc.returncode != 0:
            sys.exit(f"bench: running the {fw} snippets failed:\n{proc.stderr[-4000:]}")
        data = json.loads(proc.stdout.strip().splitlines()[-1])
        parts["import_s"][fw] = round(data["import_s"], 2)
        parts["snippets_s"][fw] = round(data["snippets_s"], 2)
        log(f"floor: {fw}: import {data['import_s']:.1f} s, {data['snippets']} snippets "
            f"{data['snippets_s']:.1f} s")
    render, _ = sphinx(src, fresh_dir(BENCH / "render"), "-j", "auto",
                       "-D", "nb_execution_mode=off", fresh=True)
    parts["render_s"] = round(render, 2)
    log(f"floor: rendering with execution off {render:.1f} s")
    total = sum(parts["import_s"].values()) + sum(parts["snippets_s"].values()) + render
    return {"floor_s": round(total, 2), "floor_parts": parts,
            "floor_cpu_s": round(child_cpu() - cpu, 2)}


def edit_one_snippet(src: Path) -> tuple[Path, str]:
    """Edit the first snippet of the page with the fewest examples; return (file, page)."""
    pages = {p.stem: re.findall(r"^:example:\s*(\S+)", p.read_text(encoding="utf-8"), re.M)
             for p in (src / "docs").glob("*.md")}
    page = min((p for p in pages if pages[p]), key=lambda p: (len(pages[p]), p))
    path = src / "snippets" / page / f"{pages[page][0]}_torch.py"
    path.write_text("# edited by the benchmark\n" + path.read_text(encoding="utf-8"),
                    encoding="utf-8")
    return path, page


def executed_pages(text: str) -> list[str]:
    return sorted(set(EXECUTED.findall(text)))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3,
                        help="no-change rebuilds to take the median of (default 3)")
    parser.add_argument("--skip", default="", help=f"comma-separated steps to skip: {STEPS}")
    parser.add_argument("--src", type=Path, default=ROOT,
                        help="the checkout whose sources to time (default: this one)")
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
    if "naive" not in skip:
        naive, text = sphinx(src, fresh_dir(BENCH / "naive"), "-j", "1",
                             "-D", "nb_execution_mode=force", fresh=True)
        results["naive_s"] = round(naive, 2)
        results["naive_cpu_s"] = CPU["naive"][-1]
        log(f"naive (force, -j 1): {naive:.1f} s, {len(executed_pages(text))} pages executed")
    if "cold" not in skip:
        cold_out = fresh_dir(BENCH / "cold")
        cold, text = sphinx(src, cold_out, "-j", "auto", fresh=True)
        results["cold_s"] = round(cold, 2)
        results["cold_cpu_s"] = CPU["cold"][-1]
        log(f"cold (-j auto): {cold:.1f} s, {len(executed_pages(text))} pages executed")
    if "noop" not in skip:
        runs = []
        for _ in range(args.repeat):
            seconds, text = sphinx(src, cold_out, "-j", "auto", fresh=False)
            runs.append(round(seconds, 2))
            if executed_pages(text):
                sys.exit(f"bench: a rebuild with nothing changed executed {executed_pages(text)}")
        results["noop_s"] = statistics.median(runs)
        results["noop_runs_s"] = runs
        results["noop_cpu_s"] = statistics.median(CPU["cold"][-len(runs):])
        log(f"no-change rebuild: median {results['noop_s']:.1f} s of {runs}")
    if "edit" not in skip:
        path, page = edit_one_snippet(src)
        seconds, text = sphinx(src, cold_out, "-j", "auto", fresh=False)
        results["edit_s"] = round(seconds, 2)
        results["edit_cpu_s"] = CPU["cold"][-1]
        results["edit_snippet"] = path.relative_to(src).as_posix()
        results["edit_executed"] = executed_pages(text)
        log(f"edited {results['edit_snippet']}: {seconds:.1f} s, executed "
            f"{results['edit_executed']}")
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
    print(f"{'':28}{'seconds':>8}{'/ floor':>9}{'/ naive':>9}{'CPU s':>8}")
    for key, label in [("cold_s", "cold build (-j auto)"), ("noop_s", "no-change rebuild"),
                       ("edit_s", "rebuild, one snippet edited"), ("floor_s", "floor"),
                       ("naive_s", "naive (force, -j 1)")]:
        if key in r:
            cpu = r.get(key.replace("_s", "_cpu_s"))
            print(f"{label:28}{r[key]:8.1f}{ratio(key, 'floor_s'):>9}{ratio(key, 'naive_s'):>9}"
                  + (f"{cpu:8.1f}" if cpu is not None else ""))
    if "floor_parts" in r:
        p = r["floor_parts"]
        print(f"floor = imports {sum(p['import_s'].values()):.1f} s + snippets "
              f"{sum(p['snippets_s'].values()):.1f} s + rendering {p['render_s']:.1f} s")
    checks = []
    if "cold_s" in r and "floor_s" in r:
        checks.append((f"cold <= 1.5 x floor ({ratio('cold_s', 'floor_s')})",
                       r["cold_s"] <= 1.5 * r["floor_s"]))
    if "cold_s" in r and "naive_s" in r:
        checks.append((f"cold at least 2 x faster than naive ({ratio('naive_s', 'cold_s')} x)",
                       r["naive_s"] >= 2 * r["cold_s"]))
    if "noop_s" in r and "import_floor_s" in r:
        print(f"no-change rebuild {r['noop_s']:.2f} s / import floor {r['import_floor_s']:.2f} s"
              f" = {ratio('noop_s', 'import_floor_s')}")
        checks.append((f"no-change rebuild <= 1.5 x import floor "
                       f"({ratio('noop_s', 'import_floor_s')})",
                       r["noop_s"] <= 1.5 * r["import_floor_s"]))
    if "edit_executed" in r:
        checks.append((f"the edit re-executed only its page ({r['edit_executed']})",
                       len(r["edit_executed"]) == 1
                       and r["edit_snippet"].split("/")[1] == r["edit_executed"][0]))
    for text, ok in checks:
        print(f"  [{'met' if ok else 'MISSED'}] {text}")
    print(f"{r['cpus']} CPUs; load average (1, 5, 15 min) before {r['load_before']}, "
          f"after {r['load_after']}")


if __name__ == "__main__":
    sys.exit(main())
