"""What the build runs on: frameworks chosen for this build, their versions, the GPUs.

Computed without importing any framework (importing TensorFlow costs seconds), so the
Sphinx process can key caches on it cheaply.
"""

from __future__ import annotations

import functools
import importlib.metadata
import importlib.util
import os
import platform
import shutil
import subprocess

from .examples import FRAMEWORKS

#: PRELIM_FRAMEWORKS=torch,jax builds a subset (a GPU machine without TensorFlow, say);
#: every page then carries a banner naming what was not executed.
SUBSET_VARIABLE = "PRELIM_FRAMEWORKS"


class FrameworkChoiceError(ValueError):
    pass


def selected_frameworks() -> tuple[str, ...]:
    raw = os.environ.get(SUBSET_VARIABLE, "").strip()
    if not raw:
        return tuple(FRAMEWORKS)
    chosen = [x.strip() for x in raw.split(",") if x.strip()]
    unknown = [x for x in chosen if x not in FRAMEWORKS]
    if unknown or not chosen:
        raise FrameworkChoiceError(
            f"{SUBSET_VARIABLE}={raw!r}: unknown framework {', '.join(unknown) or '(none)'}; "
            f"use a comma-separated subset of {', '.join(FRAMEWORKS)}")
    return tuple(fw for fw in FRAMEWORKS if fw in chosen)


def missing_frameworks(frameworks) -> list[str]:
    return [fw for fw in frameworks if importlib.util.find_spec(FRAMEWORKS[fw][2]) is None]


def version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


@functools.cache
def gpus() -> tuple[str, ...]:
    """GPU names as the driver reports them (empty without an NVIDIA driver)."""
    smi = shutil.which("nvidia-smi")
    if not smi:
        return ()
    try:
        out = subprocess.run([smi, "-L"], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return ()
    return tuple(line.split(" (UUID")[0] for line in out.splitlines() if line.startswith("GPU"))


def fingerprint(frameworks=None) -> str:
    """One line naming everything an output depends on besides the code.

    It is written into each page's hidden setup cell, so the execution cache (which
    hashes cell sources) never serves a result computed elsewhere: another framework
    version, another device.
    """
    frameworks = frameworks or selected_frameworks()
    parts = [f"python=={platform.python_version()}"]
    parts += [f"{FRAMEWORKS[fw][3]}=={version(FRAMEWORKS[fw][3])}" for fw in frameworks]
    parts += [f"numpy=={version('numpy')}", f"matplotlib=={version('matplotlib')}",
              f"pandas=={version('pandas')}"]
    parts.append("gpu=" + ("|".join(gpus()) or "none"))
    return " ".join(parts)
