"""Write the listings of what each framework documents, which the links from code check.

`nox -s inventories` runs this. A listing, ``docs/_ext/prelim/data/api_inventories/
<package>.txt``, names each documented object and the page (with its anchor) that
documents it, relative to the framework's reference root (``core.api_pages.PAGES``); its
header says where it came from and for which version. The build reads the listings and
never the network: a call links to its own page when the listing has it, else to its
nearest documented parent (``torch.distributions.Normal`` -> ``torch.distributions``),
else to nothing (``core.api_pages``).

Where a listing comes from (one per framework; ``--<package> SOURCE`` picks another):

- PyTorch and JAX document themselves with Sphinx, whose ``objects.inv`` is exactly this
  listing. ``--torch URL|FILE`` / ``--jax URL|FILE`` reads one (by default the
  inventory of the pinned version's documentation, which needs the network). Offline,
  ``--torch-sources DIR`` / ``--jax-sources DIR`` derive it from a checkout of the
  documentation's sources (``docs/source`` of pytorch/pytorch, ``docs`` of jax-ml/jax,
  at the release's tag): the pages the ``autosummary`` directives generate, the objects
  the ``auto*``/``py:*`` directives document on a page, and each module's page. That is
  what Sphinx writes into ``objects.inv`` for these directives (their class members are
  left out: a method links to its class's page).
- TensorFlow's reference is generated from the public API of the package: one page per
  public module, class and function, at ``tf/<path>`` (``tf/random/normal``); an alias
  (``tf.acos``) is documented on its canonical name's page (``tf/math/acos``), which the
  package records (``_tf_api_names``, canonical first). So the listing is made from the
  installed tensorflow (``tf.compat`` and ``tf.keras``, documented apart, are left out).

``--check`` rewrites nothing: it says which listing differs from what would be written.
"""

from __future__ import annotations

import argparse
import re
import sys
import types
import urllib.request
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "_ext" / "prelim" / "data" / "api_inventories"
#: the documentation's own inventory, per package, at the pinned version ({v}: X.Y or X.Y.Z)
INVENTORY_URLS = {
    "torch": "https://docs.pytorch.org/docs/{minor}/objects.inv",
    "jax": "https://docs.jax.dev/en/jax-v{version}/objects.inv",
}
#: the object types a listing keeps (what a call can name; no labels, no C++)
KEEP_ROLES = {
    "py:module",
    "py:function",
    "py:class",
    "py:method",
    "py:attribute",
    "py:data",
    "py:exception",
    "py:property",
    "py:decorator",
}


# -- reading a Sphinx inventory -----------------------------------------------------------


def from_objects_inv(data: bytes, package: str) -> dict[str, str]:
    """name -> page#anchor of a Sphinx ``objects.inv`` (the package's objects only)."""
    from sphinx.util.inventory import InventoryFile

    inventory = InventoryFile.loads(data, uri="")
    out: dict[str, str] = {}
    for role, items in inventory.data.items():
        if role not in KEEP_ROLES:
            continue
        for name, item in items.items():
            if _ours(name, package):
                out.setdefault(name, item.uri.lstrip("/"))
    return out


def _ours(name: str, package: str) -> bool:
    return (name == package or name.startswith(package + ".")) and not any(
        part.startswith("_") for part in name.split(".")[1:]
    )


# -- deriving it from the documentation's sources -----------------------------------------

_DIRECTIVE = re.compile(r"^(\s*)\.\. (?:py:)?([\w:]+)::\s*(\S*)\s*$")
_MODULE_SETTERS = {"currentmodule", "module", "automodule"}
_OBJECT_DIRECTIVES = {
    "autofunction": "function",
    "autoclass": "class",
    "autoexception": "class",
    "autodata": "data",
    "autodecorator": "function",
    "function": "function",
    "class": "class",
    "data": "data",
    "decorator": "function",
    "exception": "class",
}


def _docname(path: Path, root: Path) -> str:
    return path.relative_to(root).with_suffix("").as_posix()


def from_sources(root: Path, package: str) -> dict[str, str]:
    """name -> page#anchor, derived from the ``.rst``/``.md`` sources under ``root``.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = (Path(d) / "linalg.rst").write_text(
    ...         ".. automodule:: torch.linalg\\n.. currentmodule:: torch.linalg\\n\\n"
    ...         ".. autosummary::\\n    :toctree: generated\\n\\n    norm\\n    det\\n\\n"
    ...         ".. autofunction:: torch.linalg.inv\\n")
    ...     sorted(from_sources(Path(d), "torch").items())  # doctest: +NORMALIZE_WHITESPACE
    [('torch.linalg', 'linalg.html#module-torch.linalg'),
     ('torch.linalg.det', 'generated/torch.linalg.det.html#torch.linalg.det'),
     ('torch.linalg.inv', 'linalg.html#torch.linalg.inv'),
     ('torch.linalg.norm', 'generated/torch.linalg.norm.html#torch.linalg.norm')]
    """
    out: dict[str, str] = {}
    for path in sorted([*root.rglob("*.rst"), *root.rglob("*.md")]):
        rel = path.relative_to(root).parts
        if any(p.startswith(("_", ".")) for p in rel[:-1]):
            continue  # templates, static files
        doc = _docname(path, root)
        for name, page in _documented(path.read_text(encoding="utf-8", errors="replace"), doc):
            if _ours(name, package):
                out.setdefault(name, page)
    return out


def _documented(text: str, doc: str) -> Iterable[tuple[str, str]]:
    """(name, page#anchor) for each object a source file documents."""
    module = ""
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        match = _DIRECTIVE.match(lines[i])
        i += 1
        if not match:
            continue
        indent, directive, argument = len(match.group(1)), match.group(2), match.group(3)
        directive = directive.removeprefix("py:")
        if directive in _MODULE_SETTERS and argument:
            module = "" if argument == "None" else argument
            if directive != "currentmodule":
                yield argument, f"{doc}.html#module-{argument}"
        elif directive == "autosummary":
            toctree = None
            body = []
            while i < len(lines) and (
                not lines[i].strip() or len(lines[i]) - len(lines[i].lstrip()) > indent
            ):
                line = lines[i].strip()
                i += 1
                if line.startswith(":toctree:"):
                    toctree = line.split(":", 2)[2].strip() or "."
                elif line and not line.startswith((":", "..")):
                    body.append(line.split()[0].lstrip("~"))
            for entry in body:
                full = (
                    entry if not module or entry.startswith(module + ".") else f"{module}.{entry}"
                )
                if toctree:  # a generated page of its own, named by the full name
                    folder = str(Path(doc).parent / toctree) if "/" in doc else toctree
                    yield full, f"{folder.strip('./') or '.'}/{full}.html#{full}"
        elif directive in _OBJECT_DIRECTIVES and argument:
            name = argument.split("(")[0]
            full = (
                name
                if not module or name.startswith(module.split(".")[0] + ".")
                else f"{module}.{name}"
            )
            yield full, f"{doc}.html#{full}"


# -- names a module re-exports ------------------------------------------------------------


def add_reexports(entries: dict[str, str], package: str) -> int:
    """Add the names a documented module re-exports, on their object's page.

    ``torch.distributions.Normal`` is documented as ``torch.distributions.normal.Normal``
    (its ``__module__`` and ``__qualname__``); the snippets write the first, so the
    listing names both, on the one page. Imports each documented module of the installed
    package (what fails to import is skipped). Returns how many names were added."""
    import importlib
    import warnings

    added = 0
    modules = sorted(n for n, page in entries.items() if "#module-" in page)
    for name in modules:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                module = importlib.import_module(name)
        except Exception:
            continue
        for attr in dir(module):
            alias = f"{name}.{attr}"
            if attr.startswith("_") or alias in entries:
                continue
            try:
                obj = getattr(module, attr)
            except Exception:
                continue
            owner, qualname = getattr(obj, "__module__", None), getattr(obj, "__qualname__", None)
            if (
                isinstance(owner, str)
                and isinstance(qualname, str)
                and (canonical := f"{owner}.{qualname}") in entries
                and canonical != alias
            ):
                entries[alias] = entries[canonical]
                added += 1
    return added


# -- TensorFlow: its public API -----------------------------------------------------------

TF_SKIP = {"compat", "keras"}  # documented apart (tf.compat.v1 alone is ~6000 symbols)


def from_tensorflow() -> dict[str, str]:
    """name -> page of every public module, class and function of the installed tensorflow.

    A symbol's page is its canonical name's (``tf_export``'s ``_tf_api_names``, first);
    a module's is its own path. Names use ``tensorflow`` as the package, as
    ``core.api_pages`` does; constants (``tf.float32``) have no page of their own."""
    import os

    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    import tensorflow as tf
    from tensorflow.python.util import tf_export

    out: dict[str, str] = {"tensorflow": "tf"}
    walked: set[int] = set()

    def page(api_name: str) -> str:
        return "/".join(["tf", *api_name.split(".")])

    def module_path(module) -> str | None:
        for prefix in ("tensorflow._api.v2.", "tensorflow."):
            if module.__name__.startswith(prefix):
                return module.__name__[len(prefix) :]
        return None  # another package's module, re-exported

    def walk(module, path: list[str]) -> None:
        walked.add(id(module))
        for name in sorted(dir(module)):
            if name.startswith("_") or (not path and name in TF_SKIP):
                continue
            try:
                obj = getattr(module, name)
            except Exception:  # a lazily loaded module that fails to load is not documented
                continue
            parts = [*path, name]
            full = ".".join(["tensorflow", *parts])
            if isinstance(obj, types.ModuleType):
                own = module_path(obj)
                if own is None or own.split(".")[0] in TF_SKIP:
                    continue
                out[full] = page(own)
                if own == ".".join(parts) and id(obj) not in walked:
                    walk(obj, parts)
            elif isinstance(obj, type) or callable(obj):
                try:
                    canonical = tf_export.get_canonical_name_for_symbol(obj)
                except Exception:
                    canonical = None
                out[full] = page(canonical or ".".join(parts))

    walk(tf, [])
    return out


# -- writing ------------------------------------------------------------------------------


def listing_text(package: str, entries: dict[str, str], source: str, version: str) -> str:
    header = [
        f"# What {package} {version} documents: one object a line, `name page#anchor`,",
        "# the page relative to the reference root in prelim/core/api_pages.py; `$` in",
        "# a page stands for the name (as in Sphinx's objects.inv).",
        f"# package: {package}",
        f"# version: {version}",
        f"# source: {source}",
        f"# objects: {len(entries)}",
        "# Written by `nox -s inventories` (tools/api_inventory.py); do not edit.",
    ]
    return "\n".join(header + [f"{n} {entries[n].replace(n, '$')}" for n in sorted(entries)]) + "\n"


def _read(source: str) -> bytes:
    if source.startswith(("https://", "http://")):
        try:
            with urllib.request.urlopen(source, timeout=60) as reply:  # noqa: S310
                return reply.read()
        except OSError as err:
            raise SystemExit(
                f"cannot download {source} ({err}): without the network, "
                "pass a downloaded objects.inv (--torch FILE, --jax FILE) or "
                "the documentation's sources (--torch-sources DIR, "
                "--jax-sources DIR)"
            ) from None
    return Path(source).read_bytes()


def build(package: str, args) -> tuple[dict[str, str], str]:
    version = metadata.version(package).split("+")[0]
    if package == "tensorflow":
        return from_tensorflow(), (
            f"the public API of the installed tensorflow=={version} "
            "(tf.compat and tf.keras left out)"
        )
    sources = getattr(args, f"{package}_sources")
    if sources:
        label = getattr(args, f"{package}_sources_label") or str(sources)
        entries = from_sources(Path(sources), package)
        source = (
            f"derived from the documentation's sources ({label}): autosummary pages, "
            "auto*/py:* objects and module pages, as Sphinx lists them in objects.inv"
        )
    else:
        url = getattr(args, package) or INVENTORY_URLS[package].format(
            version=version, minor=".".join(version.split(".")[:2])
        )
        entries, source = from_objects_inv(_read(url), package), f"objects.inv from {url}"
    added = add_reexports(entries, package)
    return entries, (
        f"{source}; plus {added} names documented modules re-export, on "
        "their object's page (found in the installed package)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    for package in ("torch", "jax"):
        parser.add_argument(f"--{package}", help="objects.inv: a URL or a file")
        parser.add_argument(
            f"--{package}-sources", type=Path, help="the documentation's source folder, instead"
        )
        parser.add_argument(
            f"--{package}-sources-label", help="how the header names that folder (repository@tag)"
        )
    parser.add_argument("--only", help="comma-separated packages (torch,jax,tensorflow)")
    parser.add_argument("--check", action="store_true", help="compare, write nothing")
    args = parser.parse_args(argv)
    packages = (args.only or "torch,jax,tensorflow").split(",")
    OUT.mkdir(parents=True, exist_ok=True)
    stale = []
    for package in packages:
        entries, source = build(package, args)
        version = metadata.version(package).split("+")[0]
        text = listing_text(package, entries, source, version)
        target = OUT / f"{package}.txt"
        if args.check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                stale.append(str(target.relative_to(ROOT)))
            continue
        target.write_text(text, encoding="utf-8")
        print(f"{target.relative_to(ROOT)}: {len(entries)} objects ({source})")
    if stale:
        print("out of date:", *stale, sep="\n  ", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
