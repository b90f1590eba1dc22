"""Where each framework documents a function: the pages the links from code point to.

The build is offline, so it reads no inventory from the web: each framework's listing of
what it documents is stored beside the extension (``data/api_inventories/<package>.txt``,
written by ``nox -s inventories``, which says where each came from and for which
version). A call links to the page its listing gives for its full name; a name the
listing lacks (a method such as ``tf.random.Generator.from_seed``, a function documented
under another name) links to its nearest documented parent (``tf.random.Generator``),
and a name with no documented parent links to nothing: never to a page that does not
exist. The names come from ``rosetta`` (the calls a snippet makes).
"""

from __future__ import annotations

import functools
from pathlib import Path

from .rosetta import SHORT_NAMES

#: the framework packages, and the root their listings' pages are relative to
PAGES = {
    "torch": "https://docs.pytorch.org/docs/stable/",
    "jax": "https://docs.jax.dev/en/latest/",
    "tensorflow": "https://www.tensorflow.org/api_docs/python/",
}
INVENTORIES = Path(__file__).resolve().parents[1] / "data" / "api_inventories"


def full_name(name: str) -> str:
    """The fully qualified name of a call as the snippets write it.

    >>> full_name("jnp.linalg.vector_norm"), full_name("tf.GradientTape")
    ('jax.numpy.linalg.vector_norm', 'tensorflow.GradientTape')
    """
    for full, short in SHORT_NAMES.items():
        if name == short or name.startswith(short + "."):
            return full + name[len(short) :]
    return name


@functools.cache
def inventory(package: str) -> dict[str, str]:
    """A package's listing: documented name -> its page (and anchor), relative to PAGES."""
    pages: dict[str, str] = {}
    path = INVENTORIES / f"{package}.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, page = line.partition(" ")
            pages[name] = page.replace("$", name)
    return pages


def inventory_header(package: str) -> dict[str, str]:
    """The ``# key: value`` lines of a package's listing (package, version, source, ...)."""
    out = {}
    for line in (INVENTORIES / f"{package}.txt").read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        key, sep, value = line[1:].strip().partition(": ")
        if sep and " " not in key:
            out[key] = value
    return out


def documented(name: str) -> str | None:
    """The nearest name, ``name`` itself or a parent, that its framework documents.

    >>> documented("torch.linalg.vector_norm"), documented("tf.random.Generator.from_seed")
    ('torch.linalg.vector_norm', 'tensorflow.random.Generator')
    >>> documented("numpy.sum") is None, documented(".sum()") is None
    (True, True)
    """
    full = full_name(name)
    package = full.partition(".")[0]
    if package not in PAGES or full == package:
        return None
    pages = inventory(package)
    parts = full.split(".")
    for cut in range(len(parts), 1, -1):
        if (candidate := ".".join(parts[:cut])) in pages:
            return candidate
    return None


def page_of(full: str) -> str:
    """The page (relative to its framework's root) of a documented name: its listed page,
    without the anchor when that only names the page's own object or module."""
    page = inventory(full.partition(".")[0])[full]
    path, _, anchor = page.partition("#")
    if anchor and (path.rsplit("/", 1)[-1] == f"{anchor}.html" or anchor.startswith("module-")):
        return path
    return page


def api_url(name: str) -> str | None:
    """The reference page of a framework call (short or full name), or None (a method).

    >>> api_url("torch.linalg.vector_norm")
    'https://docs.pytorch.org/docs/stable/generated/torch.linalg.vector_norm.html'
    >>> api_url("jnp.arange")
    'https://docs.jax.dev/en/latest/_autosummary/jax.numpy.arange.html'
    >>> api_url("tf.random.normal")
    'https://www.tensorflow.org/api_docs/python/tf/random/normal'
    >>> api_url("torch.special.erfc")  # documented on its module's page
    'https://docs.pytorch.org/docs/stable/special.html#torch.special.erfc'
    >>> api_url("tf.acos")  # an alias: its canonical name's page
    'https://www.tensorflow.org/api_docs/python/tf/math/acos'
    >>> api_url(".sum()") is None
    True
    """
    found = documented(name)
    if found is None:
        return None
    return PAGES[found.partition(".")[0]] + page_of(found)
