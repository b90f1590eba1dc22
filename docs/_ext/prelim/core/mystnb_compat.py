"""The parts of myst-nb that the extension repeats, patches or reads, in one place, checked.

``parallel`` executes the pages before Sphinx reads them and stores them in the execution
cache under the key myst-nb will look up while reading; that key is only right if the
notebook is prepared exactly as myst-nb's ``Parser.parse`` prepares it and registered as
its ``NotebookClientCache.start_client`` registers it. Both are repeated here
(``prepare`` and ``stage``). ``failures`` routes myst-nb's execution through a guard by
replacing ``single_nb_execution`` in myst-nb's two execution modules; that only takes if
myst-nb calls it by that module attribute (``assert_patchable``).

If an upgrade of myst-nb changes any of these, a page would silently execute twice (the
key misses) or a dead kernel would abort the build (the guard is bypassed).
``MIRRORED`` records a hash of each function's source as repeated here;
tests/test_mystnb_compat.py names the function whose source no longer matches, and the
fixture-site build tests check the behaviour itself (each page executes once).

What myst-nb recorded of a page's execution is read through its own accessor
(``execution_data``), not its metadata dict.
"""

from __future__ import annotations

import dis
import hashlib
import inspect
import re
from importlib import import_module
from typing import TYPE_CHECKING, Any, cast

from sphinx.errors import ExtensionError

if TYPE_CHECKING:
    from jupyter_cache.cache.db import NbProjectRecord
    from jupyter_cache.cache.main import JupyterCacheBase
    from myst_nb.core.config import NbParserConfig
    from nbformat import NotebookNode
    from sphinx.environment import BuildEnvironment

#: myst-nb's functions this module repeats or relies on: the first 16 hex digits of the
#: sha256 of their source, as in myst-nb 1.4.0
MIRRORED = {
    "myst_nb.sphinx_:Parser.parse": "ecc3d86c99af54f3",
    "myst_nb.core.execute.cache:NotebookClientCache.start_client": "7a1e3f8b7c24e990",
    "myst_nb.core.execute.direct:NotebookClientDirect.start_client": "72db22169ff40b50",
}
#: a failure in the extension's own files names them
HERE = "prelim/core/mystnb_compat.py"
#: the modules whose ``single_nb_execution`` ``failures`` replaces, and their callers
PATCHED = {
    "myst_nb.core.execute.cache": "NotebookClientCache.start_client",
    "myst_nb.core.execute.direct": "NotebookClientDirect.start_client",
}


def _resolve(name: str) -> Any:
    module, qualname = name.split(":")
    obj = import_module(module)
    for part in qualname.split("."):
        obj = getattr(obj, part)
    return obj


def source_hash(name: str) -> str:
    return hashlib.sha256(inspect.getsource(_resolve(name)).encode()).hexdigest()[:16]


def changed() -> list[str]:
    """The mirrored functions whose installed source differs from the one repeated here."""
    return [name for name, digest in MIRRORED.items() if source_hash(name) != digest]


def assert_patchable() -> None:
    """myst-nb must call ``single_nb_execution`` through its module's attribute, or
    replacing that attribute changes nothing."""
    for module, caller in PATCHED.items():
        code = _resolve(f"{module}:{caller}").__code__
        globals_read = {i.argval for i in dis.get_instructions(code) if i.opname == "LOAD_GLOBAL"}
        if "single_nb_execution" not in globals_read:
            raise ExtensionError(
                f"{module}.{caller} no longer calls single_nb_execution by its module "
                "attribute, so the execution guard (prelim.execute.failures) would not take: "
                f"update {HERE} for the installed myst-nb"
            )


def prepare(notebook: NotebookNode, nb_config: NbParserConfig) -> NbParserConfig | None:
    """What ``Parser.parse`` does between reading a notebook and executing it: the kernel
    name's aliases, then the page's own configuration overrides. Returns the page's
    configuration, or None where the overrides are invalid (the real read warns)."""
    from myst_nb.core.nb_to_tokens import nb_node_to_dict

    kernel = notebook.metadata.get("kernelspec", {}).get("name")
    for rgx, alias in (nb_config.kernel_rgx_aliases or {}).items():
        if kernel is not None and re.fullmatch(rgx, kernel):
            notebook.metadata["kernelspec"]["name"] = alias
            break
    if nb_config.metadata_key in notebook.metadata:
        overrides = nb_node_to_dict(notebook.metadata[nb_config.metadata_key])
        overrides.pop("output_folder", None)
        try:
            return nb_config.copy(**overrides)
        except Exception:  # noqa: BLE001 - the real read warns about bad overrides
            return None
    return nb_config


def stage(cache: JupyterCacheBase, path: str, read_fmt: dict[str, Any] | None) -> NbProjectRecord:
    """Register the page with the cache project, as ``start_client`` does."""
    from jupyter_cache.cache.db import NbProjectRecord

    if read_fmt is not None:
        record = cache.add_nb_to_project(path, read_data=read_fmt)
    else:
        record = cache.add_nb_to_project(path)
    NbProjectRecord.remove_tracebacks([record.pk], cache.db)
    return record


def execution_data(env: BuildEnvironment, docname: str) -> dict[str, Any] | None:
    """What myst-nb recorded of the page's execution (succeeded, error, runtime, mtime),
    or None if it neither executed the page nor took it from the cache."""
    from myst_nb.sphinx_ import NbMetadataCollector

    if docname not in getattr(env, "nb_metadata", {}):
        return None  # the accessor would add an empty entry for the page
    return cast("dict[str, Any] | None", NbMetadataCollector.get_exec_data(env, docname))
