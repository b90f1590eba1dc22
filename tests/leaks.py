"""Search what a build wrote for things of this machine that must not be there.

What must not appear: the absolute paths of the checkout, the virtualenv, the Python
installation and the home folder; the user name and the host name; and the value of any
secret in the environment (a variable named like a token, password or key, and the fake
``PRELIM_TEST_SECRET`` the tests set). Where: the html folder, the executed notebooks the
build keeps (``jupyter_execute``) and the notebooks in the execution cache.
"""

from __future__ import annotations

import getpass
import os
import re
import socket
import sys
import zlib
from pathlib import Path

from helpers import ROOT

#: files a build writes that may name this machine, each with the reason it may
NOT_SEARCHED = {
    ".doctrees": "Sphinx's pickled state between builds (it records absolute source paths "
    "by design); not part of the site: deploy the html without it",
    "global.db": "jupyter-cache's index, mapping each page's absolute path to its cached "
    "notebook; a local cache, never published (the notebooks are searched)",
}
# Of the execution cache, only the notebooks this build used are searched, and the units
# (what a bundle carries to another machine): a long-lived cache (build/.jupyter_cache)
# also holds entries of earlier builds, made by earlier code, and JAX's compiled programs
# (jax-compilations: binary, shared by the build's kernels, never published).
#: account names that identify nobody and are ordinary words in prose ("square root");
#: their home folders are still searched for, as paths
GENERIC_USERS = {
    "root",
    "runner",
    "user",
    "ubuntu",
    "admin",
    "jenkins",
    "builder",
    "docker",
    "vscode",
    "codespace",
    "circleci",
    "gitpod",
}
SECRET_NAME = re.compile(r"TOKEN|SECRET|PASSW|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL", re.I)


def needles(
    paths: dict[str, str] | None = None, secrets: dict[str, str] | None = None
) -> dict[str, re.Pattern[bytes]]:
    """{what it is: pattern} for everything that must not appear; ``paths`` and
    ``secrets`` add to it ({what: value})."""
    paths = {
        "the checkout": str(ROOT),
        "the virtualenv": sys.prefix,
        "the Python installation": sys.base_prefix,
        "the home folder": str(Path.home()),
        **(paths or {}),
    }
    out = {
        what: re.compile(re.escape(os.fsencode(p)) + rb"(?![\w.-])")
        for what, p in paths.items()
        if p and p != os.sep
    }
    user = getpass.getuser()
    if user and user.lower() not in GENERIC_USERS:
        out["the user name"] = re.compile(rb"(?<![\w-])" + re.escape(user.encode()) + rb"(?![\w-])")
    host = socket.gethostname()
    if len(host) >= 6:  # shorter names are everyday tokens ("vm", "box")
        out["the host name"] = re.compile(rb"(?<![\w-])" + re.escape(host.encode()) + rb"(?![\w-])")
    secrets = {
        f"${name}": value
        for name, value in os.environ.items()
        if SECRET_NAME.search(name) and len(value) >= 8
    } | (secrets or {})
    for what, value in secrets.items():
        out[what] = re.compile(re.escape(value.encode()))
    return out


def _readable(path: Path) -> bytes:
    data = path.read_bytes()
    if path.name == "objects.inv":  # four header lines, then zlib
        *head, body = data.split(b"\n", 4)
        data = b"\n".join(head) + b"\n" + zlib.decompress(body)
    return data


def find_leaks(places: list[Path], patterns: dict[str, re.Pattern[bytes]]) -> list[str]:
    """One line per leak: file, what leaked, and the text around it. ``places`` are
    folders (searched through) and files."""
    found = []
    for place in places:
        folder = place if place.is_dir() else place.parent
        for path in sorted(place.rglob("*")) if place.is_dir() else [place]:
            rel = path.relative_to(folder)
            if not path.is_file() or any(part in NOT_SEARCHED for part in rel.parts):
                continue
            data = _readable(path)
            for what, pattern in patterns.items():
                if m := pattern.search(data):
                    around = data[max(0, m.start() - 60) : m.end() + 40].decode(errors="replace")
                    found.append(f"{folder.name}/{rel}: {what}: ...{around!r}...")
    return found


def used_cache_notebooks(cache: Path, executed: Path) -> tuple[list[Path], list[str]]:
    """The cache's notebooks behind the pages in ``executed`` (the build's jupyter_execute
    folder), found by the key jupyter-cache matches pages with; and the pages with code
    that have none (a page the build executed must be in the cache)."""
    import nbformat
    from jupyter_cache import get_cache

    store, used, missing = get_cache(cache), [], []
    for page in sorted(executed.glob("**/*.ipynb")):
        nb = nbformat.read(page, as_version=4)
        if not any(cell.cell_type == "code" for cell in nb.cells):
            continue
        try:
            record = store.match_cache_notebook(nb)
        except KeyError:
            missing.append(page.name)
            continue
        used.append(cache / "executed" / record.hashkey / "base.ipynb")
    return used, missing


def build_outputs(html: Path, cache: Path | None = None) -> list[Path]:
    """What one build wrote: its html, its kept notebooks, the cache entries it used."""
    executed = html.parent / "jupyter_execute"
    places = [f for f in (html, executed) if f.is_dir()]
    if cache is not None and cache.is_dir() and executed.is_dir():
        used, missing = used_cache_notebooks(cache, executed)
        assert not missing, f"pages not in the execution cache {cache}: {missing}"
        places += used
        places += [units] if (units := cache / "units").is_dir() else []
    return places
