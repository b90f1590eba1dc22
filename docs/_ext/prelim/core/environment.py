"""What the build runs on: the frameworks' versions and the GPUs, and how a device is named.

Computed without importing any framework (importing TensorFlow costs seconds), so the
Sphinx process can key caches on it cheaply.
"""

from __future__ import annotations

import functools
import importlib.metadata
import platform
import shutil
import subprocess
from collections.abc import Iterable
from typing import Any

from .frameworks import FRAMEWORKS, selected_frameworks


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


def fingerprint(frameworks: Iterable[str] | None = None) -> str:
    """One line naming everything an output depends on besides the code.

    It is written into each page's hidden setup cell, so the execution cache (which
    hashes cell sources) never serves a result computed elsewhere: another framework
    version, another device.
    """
    frameworks = frameworks or selected_frameworks()
    parts = [f"python=={platform.python_version()}"]
    parts += [
        f"{FRAMEWORKS[fw].distribution}=={version(FRAMEWORKS[fw].distribution)}"
        for fw in frameworks
    ]
    parts += [
        f"numpy=={version('numpy')}",
        f"matplotlib=={version('matplotlib')}",
        f"pandas=={version('pandas')}",
    ]
    parts.append("gpu=" + ("|".join(gpus()) or "none"))
    return " ".join(parts)


def device_label(device: str, kind: str) -> str:
    """A device as the provenance cell reported it, with its kind where the name lacks it.

    >>> device_label("cpu", "CPU"), device_label("cuda:0", "NVIDIA H200")
    ('cpu', 'cuda:0 (NVIDIA H200)')
    """
    return device if kind.lower() in device.lower() else f"{device} ({kind})"


def describe(data: dict[str, Any]) -> str:
    """The provenance line: each framework's version and device, then Python's version.

    >>> describe({"jax": ["0.10.2", "cpu:0", "cpu"], "python": "3.11.7"})
    'JAX 0.10.2 on cpu:0; Python 3.11.7.'
    """
    parts = [
        f"{fw.label} {data[key][0]} on {device_label(*data[key][1:])}"
        for key, fw in FRAMEWORKS.items()
        if key in data
    ]
    return "; ".join(parts) + f"; Python {data.get('python', '?')}."
