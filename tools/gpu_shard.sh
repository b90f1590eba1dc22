#!/usr/bin/env bash
# Execute the PyTorch and JAX units on a GPU machine and bring them back as one archive.
#
# The machine: x86-64, one NVIDIA GPU, CPython 3.12 with its own CUDA builds of torch and
# jax (and numpy, pandas, matplotlib), no TensorFlow, no package registry. What it lacks
# (Sphinx, myst-nb, ipykernel, ...) comes as wheels in .whl/, made beforehand with
# tools/gpu_wheels.sh on a machine with a registry and carried with the checkout. Run from
# the checkout's root there, with OUT naming the folder whose files come back:
#
#   OUT=/some/folder tools/gpu_shard.sh
#
# It installs the wheels into /tmp/site (on PYTHONPATH), says what the image had, prints
# the GPU and each framework's version and devices, runs the shard (Sphinx `-b dummy`,
# PRELIM_FRAMEWORKS=torch,jax, `-D prelim_bundle=build/executed/gpu`), writes the bundle to
# $OUT/gpu-bundle.tar.gz and the log to $OUT/gpu-shard.log, and prints one line per unit:
# page, framework, where it ran. Back here:
#
#   mkdir -p build/executed && tar -xzf gpu-bundle.tar.gz -C build/executed
#   nox -s execute -- --frameworks tf --out build/executed/tf
#   nox -s docs -- --executed build/executed/gpu build/executed/tf --accept-environment
#
# Settings (environment): PRELIM_FRAMEWORKS (default torch,jax), PRELIM_ONLY (some chapters
# only, as `--only`), PYTHON (default python3), WHEELS (default .whl; empty: install
# nothing, the python has the render group already), SHARD_TIMEOUT (seconds for the shard,
# default 420: the archive and the log still come back when it runs out).
set -uo pipefail
cd "$(dirname "$0")/.."

OUT=${OUT:?OUT names the folder whose files come back}
PYTHON=${PYTHON:-python3}
WHEELS=${WHEELS-.whl}
SHARD_TIMEOUT=${SHARD_TIMEOUT:-420}
export PRELIM_FRAMEWORKS=${PRELIM_FRAMEWORKS:-torch,jax}
BUNDLE=build/executed/gpu
ARCHIVE=$OUT/gpu-bundle.tar.gz
mkdir -p "$OUT"
exec > >(tee "$OUT/gpu-shard.log") 2>&1  # the whole log comes back, whatever happens
export PYTHONUNBUFFERED=1
# the device's image runs no nox and has no registry to build the package `prelim` from:
# the extension is imported from this checkout instead of being installed
export PYTHONPATH="$PWD/docs/_ext${PYTHONPATH:+:$PYTHONPATH}"

echo "== the wheels"
if [ -n "$WHEELS" ]; then
    # what the image already had, by the names of the wheels carried (ours then win: they
    # come first on PYTHONPATH)
    "$PYTHON" - "$WHEELS" <<'EOF'
import importlib.metadata as md, pathlib, re, sys
had, lacked = [], []
for wheel in sorted(pathlib.Path(sys.argv[1]).glob("*.whl")):
    name, version = wheel.name.split("-")[:2]
    try:
        had.append(f"{name} {md.version(name)} (carried {version})")
    except md.PackageNotFoundError:
        lacked.append(name)
print(f"the image had {len(had)} of the {len(had) + len(lacked)} carried:", "; ".join(had))
print("it lacked:", " ".join(lacked))
EOF
    "$PYTHON" -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade \
        --target /tmp/site "$WHEELS"/*.whl || { echo "installing the wheels failed"; exit 1; }
    export PYTHONPATH=/tmp/site${PYTHONPATH:+:$PYTHONPATH}
else
    echo "none installed (WHEELS is empty): $PYTHON has the render group"
fi
# every requirement of what is installed, met? (names what is missing, if anything)
"$PYTHON" - <<'EOF'
import importlib.metadata as md
from packaging.requirements import Requirement
missing = set()
for name in ("sphinx", "myst-nb", "ipykernel", "jupyter-cache", "sphinx-book-theme",
             "sphinx-design", "sphinx-exercise", "sphinx-togglebutton", "sphinx-copybutton",
             "sphinx-mathjax-offline", "numpy", "pandas", "matplotlib"):
    todo, seen = [name], set()
    while todo:
        dist = todo.pop()
        if dist.lower() in seen:
            continue
        seen.add(dist.lower())
        try:
            requires = md.requires(dist) or []
        except md.PackageNotFoundError:
            missing.add(dist)
            continue
        for line in requires:
            req = Requirement(line)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                try:
                    if md.version(req.name) not in req.specifier:
                        missing.add(f"{req.name}{req.specifier} (has {md.version(req.name)})")
                except md.PackageNotFoundError:
                    missing.add(req.name)
                todo.append(req.name)
print("unmet requirements:", ", ".join(sorted(missing)) or "none")
EOF

echo "== the GPU"
if command -v nvidia-smi >/dev/null; then nvidia-smi; else echo "no nvidia-smi"; fi
echo "== Python and the frameworks"
"$PYTHON" - <<'EOF'
import importlib.metadata as md, os, platform
print("Python", platform.python_version())
for name in ("numpy", "pandas", "matplotlib", "sphinx", "myst-nb", "ipykernel"):
    try:
        print(name, md.version(name))
    except md.PackageNotFoundError:
        print(name, "not installed")
chosen = os.environ["PRELIM_FRAMEWORKS"].split(",")
if "torch" in chosen:
    import torch
    print("torch", torch.__version__, "CUDA", torch.version.cuda, "available:",
          torch.cuda.is_available(),
          [torch.cuda.get_device_name(i) for i in range(torch.cuda.device_count())])
if "jax" in chosen:
    import jax
    print("jax", jax.__version__, "jaxlib", md.version("jaxlib"), "devices:", jax.devices())
if "tf" in chosen:
    import tensorflow as tf
    print("tensorflow", tf.__version__, tf.config.list_physical_devices())
EOF

echo "== the shard: PRELIM_FRAMEWORKS=$PRELIM_FRAMEWORKS${PRELIM_ONLY:+ PRELIM_ONLY=$PRELIM_ONLY}"
# each page's kernels share the GPU: no framework may take most of its memory up front
export XLA_PYTHON_CLIENT_PREALLOCATE=false
start=$SECONDS
# the project's one sphinx-build command line (tools/sphinx_command.py), run under timeout
mapfile -d '' command < <("$PYTHON" - "$BUNDLE" <<'EOF'
import sys
from pathlib import Path
sys.path.insert(0, "tools")
from sphinx_command import sphinx_build

root, bundle = Path.cwd(), Path(sys.argv[1]).resolve()
command = sphinx_build(root, root / "build" / "shards" / "gpu", "-D", f"prelim_bundle={bundle}",
                       builder="dummy", fresh=True, jobs="auto", python=sys.executable,
                       doctrees=root / "build" / ".doctrees" / "shard-gpu")
print(" ".join(command), file=sys.stderr)
sys.stdout.write("\0".join(command) + "\0")
EOF
)
timeout "$SHARD_TIMEOUT" "${command[@]}"
status=$?
echo "the shard ended with status $status after $((SECONDS - start)) s"

echo "== the bundle"
if [ -f "$BUNDLE/bundle.json" ]; then
    tar -czf "$ARCHIVE" -C "$(dirname "$BUNDLE")" "$(basename "$BUNDLE")"
    echo "$ARCHIVE: $(du -h "$ARCHIVE" | cut -f1) (at most 16 MiB come back)"
    "$PYTHON" - "$BUNDLE" <<'EOF'
import json, sys
from pathlib import Path
import nbformat
from prelim.core.cells import PROVENANCE, last_json_line
from prelim.core.environment import describe

bundle = Path(sys.argv[1])
index = json.loads((bundle / "bundle.json").read_text())
print(f"{len(index['units'])} units of {', '.join(index['frameworks'])}:")
for name, unit in sorted(index["units"].items()):
    nb = nbformat.read(bundle / f"{name}.ipynb", as_version=4)
    outputs = [o for c in nb.cells if c.cell_type == "code"
               and c.metadata.get("prelim") == PROVENANCE for o in c.get("outputs", [])]
    data = last_json_line("".join(o.get("text", "") for o in outputs))
    ran = describe(data) if data else "no provenance output: " + unit.get("environment", "?")
    page, framework = name.rsplit("/", 1)
    print(f"{page:<22} {framework:<6} {ran}")
EOF
else
    echo "no bundle in $BUNDLE: nothing to bring back"
    [ "$status" -ne 0 ] || status=1
fi
exit "$status"
