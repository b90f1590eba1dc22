#!/usr/bin/env bash
# Download, on a machine with a package registry, the wheels tools/gpu_shard.sh installs on a
# GPU machine that has none (x86-64, CPython 3.12, its own CUDA builds of torch and jax):
# the `render` group of pyproject.toml and everything it needs, at constraints.txt's
# versions, into .whl/ (ignored by git; carried to the machine with the checkout).
#
# Left out: the frameworks, and numpy, pandas and matplotlib, whose builds the GPU image
# has (its torch and jax were built against its numpy); the units then name their versions,
# so the render accepts them with --accept-environment (README).
#
#   tools/gpu_wheels.sh            # then carry .whl to the machine with the checkout
set -euo pipefail
cd "$(dirname "$0")/.."

WHEELS=.whl
KEEP_OUT="numpy pandas matplotlib torch jax jaxlib tensorflow"
# the GPU machine's interpreter and platform (the manylinux tags its glibc accepts)
TARGET=(--only-binary=:all: --python-version 3.12 --implementation cp
        --platform manylinux_2_28_x86_64 --platform manylinux_2_27_x86_64
        --platform manylinux_2_26_x86_64 --platform manylinux_2_17_x86_64
        --platform manylinux2014_x86_64 --platform manylinux1_x86_64)

# the render group's own requirements, less what the image brings
mapfile -t wanted < <(python3 - "$KEEP_OUT" <<'EOF'
import sys, tomllib
keep_out = set(sys.argv[1].split())
groups = tomllib.load(open("pyproject.toml", "rb"))["dependency-groups"]
for req in groups["render"]:
    if isinstance(req, str) and req.split("==")[0].lower() not in keep_out:
        print(req)
EOF
)

rm -rf "$WHEELS"
# the render group's needs resolved for Python 3.12, pinned where constraints.txt pins
python3 -m pip download --quiet --disable-pip-version-check "${TARGET[@]}" \
    -c constraints.txt -d "$WHEELS" "${wanted[@]}"

# anything that pulled numpy and the like in: those stay the image's (see above)
for name in $KEEP_OUT; do
    rm -f "$WHEELS/${name}"-[0-9]*.whl
done
# one version of each distribution: two stop the install on the machine
dupes=$(ls "$WHEELS" | sed 's/-[0-9].*//' | tr 'A-Z-' 'a-z_' | sort | uniq -d)
if [ -n "$dupes" ]; then
    echo "two versions of: $dupes" >&2
    exit 1
fi
echo "$(ls "$WHEELS" | wc -l) wheels, $(du -sh "$WHEELS" | cut -f1), in $WHEELS/:"
ls "$WHEELS"
