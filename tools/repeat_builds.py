"""Build the site from scratch N times in a row, in parallel as `nox -s docs` does; all must pass.

The races parallel execution guards against (the cache database created by two processes,
kernels colliding) show up rarely, so one green build proves little. Each build here gets
its own output folder and its own, empty, execution cache under build/repeat/<n>/ (or
--out), so nothing anyone else builds is touched.

    .venv/bin/python tools/repeat_builds.py --count 20 [--src DIR] [--out DIR] [-j auto]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from sphinx_command import sphinx_build

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "build" / "repeat"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=20)
    parser.add_argument("--src", type=Path, default=ROOT, help="checkout to build (default: this)")
    parser.add_argument("--out", type=Path, default=OUT, help="where the builds go")
    parser.add_argument("-j", dest="jobs", default="auto")
    args = parser.parse_args(argv)
    src = args.src.resolve()
    failures, times = [], []
    for n in range(1, args.count + 1):
        out = args.out / str(n)
        if out.exists():
            shutil.rmtree(out)
        out.mkdir(parents=True)
        cmd = sphinx_build(src, out / "html", fresh=True, jobs=args.jobs, cache=out / "cache")
        start = time.perf_counter()
        proc = subprocess.run(cmd, cwd=src, capture_output=True, text=True)
        seconds = time.perf_counter() - start
        (out / "build.log").write_text(proc.stdout + proc.stderr, encoding="utf-8")
        times.append(seconds)
        ok = proc.returncode == 0
        if not ok:
            failures.append(n)
        print(
            f"build {n}/{args.count}: {'ok' if ok else 'FAILED'} in {seconds:.0f} s "
            f"(load {os.getloadavg()[0]:.1f})",
            flush=True,
        )
        if ok:
            shutil.rmtree(out / "html", ignore_errors=True)  # keep the log, not 100 MB
    print(
        f"{args.count - len(failures)} of {args.count} builds succeeded; "
        f"{min(times):.0f}-{max(times):.0f} s each"
        + (f"; failed: {failures} (logs in {args.out}/N/build.log)" if failures else "")
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
