"""Execute the units that need it before Sphinx reads the pages, several at a time, safely.

A page executes as one unit per framework (``units``): that framework's cells in a kernel
of their own, kept in the store ``<execution cache>/units`` (``core.bundles``) with the
hash of their code and the environment they ran in. Before Sphinx reads the outdated pages
(``env-before-read-docs``), the main Sphinx process:

- builds each page's notebook with the same reader and settings myst-nb uses, so the
  page's cache key is the one myst-nb looks up; a page already in the execution cache is
  done (the read merges its outputs);
- splits every other page into its units, takes from the store each unit whose code and
  environment are unchanged, and executes the rest: ``-j`` at a time from one queue,
  longest first (by their last run time), so no worker idles while another has a backlog
  and a long page's three units run side by side;
- gives each page the outputs of its units (``units.assemble``) and stores it in the
  execution cache, which the read then finds: each unit executes once per build.

Safely: the cache database is created here, before any parallel reader opens it, and only
this process writes it; units talk over Unix sockets in a private folder, named per
unit (no TCP ports to collide); each unit's process is killed once its last output has
arrived (a kernel's graceful shutdown takes ~2 s and produces nothing). Where it is safe,
each unit runs in a process forked from one that imported its framework once for the
whole build, without a Jupyter kernel (``forked``); elsewhere in a kernel of its own.
Each unit still gets a fresh process, so units never share state.

A unit that fails here (a dead kernel, a timeout) is not stored, and its page is not
cached: the page, with its units' outputs as far as they went, is kept for the read, which
reports the failure from that unit (``failures``) without executing anything again.

With bundles given (``prelim_executed``) nothing executes: ``shards`` takes every unit
from them. With ``prelim_bundle`` set, every page's units are checked against the store
(even a page in the cache), so the bundle ``shards`` writes holds exactly the current ones.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

import nbformat
from myst_nb.core.config import NbParserConfig
from nbformat import NotebookNode
from sphinx.util import logging

from ..core import bundles, mystnb_compat
from ..core.environment import fingerprint
from ..core.frameworks import FRAMEWORKS
from ..core.reading import reading
from . import failures, forked, shards, units

if TYPE_CHECKING:
    from jupyter_cache.cache.db import NbProjectRecord
    from jupyter_cache.cache.main import JupyterCacheBase
    from jupyter_cache.executors.utils import ExecutionResult
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

logger = logging.getLogger(__name__)


@dataclass
class Page:
    docname: str
    path: Path
    notebook: NotebookNode  # its cells get the outputs of its units
    config: NbParserConfig  # with the page's own overrides
    read_fmt: dict[str, Any] | None
    cached: bool = False  # in the execution cache already: nothing to store
    done: dict[str, NotebookNode] = field(default_factory=dict)  # executed units, by fw
    failed: dict[str, tuple[NotebookNode, ExecutionResult, int]] = field(default_factory=dict)
    """units that stopped half-way, by fw: (the unit as far as it ran, its result, the
    index of the unit's cell that was running)"""


@dataclass
class Unit:
    page: Page
    framework: str
    notebook: NotebookNode  # executed in place
    code: str  # units.code_hash
    environment: str  # the fingerprint it runs with
    expected_s: float  # its last run time, or a guess: the longest start first
    stopped_at: int | None = None  # the cell that was running when its kernel stopped

    @property
    def name(self) -> str:
        return bundles.unit_name(self.page.docname, self.framework)


def setup_parallel(app: Sphinx) -> None:
    app.connect("env-before-read-docs", execute_outdated_pages)


def store_folder(nb_config: NbParserConfig) -> Path:
    """The build's store of executed units, inside the execution cache (one folder to
    delete resets both)."""
    return Path(nb_config.execution_cache_path or ".jupyter_cache") / "units"


def execute_outdated_pages(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    nb_config = getattr(env, "mystnb_config", None)
    if nb_config is None or nb_config.execution_mode != "cache":
        return  # "force" and "auto" stay myst-nb's own business; "off" executes nothing
    from jupyter_cache import get_cache

    cache = get_cache(nb_config.execution_cache_path or ".jupyter_cache")
    cache.db  # noqa: B018 - create the database here, before any reader process opens it
    folders = bundles.executed_folders(app.config.prelim_executed)
    writing = shards.writes_bundle(app, env, docnames)
    pages = [
        p
        for d in docnames
        if (p := _page(app, env, cache, d, keep_cached=writing or bool(folders)))
    ]
    if folders:  # render from bundles: executes nothing, fails on a missing or stale unit
        shards.take_from_bundles(app, folders, pages)
        for page in pages:
            _store_page(cache, page, overwrite=True)
        return
    store = store_folder(nb_config)
    todo = []
    for page in pages:
        for fw in units.frameworks_of(page.notebook):
            unit, stored = _unit(page, fw, store)
            if stored is not None:
                page.done[fw] = stored
            else:
                todo.append(unit)
    if todo:
        _execute_units(app, cache, todo, store)
    for page in pages:
        shards.note_units(app, page.docname, units.frameworks_of(page.notebook), page.done, store)
        if page.failed:
            _prepare_failed(env, page)
        elif not page.cached and set(page.done) == set(units.frameworks_of(page.notebook)):
            _store_page(cache, page)


def _prepare_failed(env: BuildEnvironment, page: Page) -> None:
    """A page with failed units: its outputs so far and its failures, for the read."""
    ran = {**page.done, **{fw: nb for fw, (nb, _, _) in page.failed.items()}}
    found = []
    for fw, (unit_nb, result, index) in page.failed.items():
        at = units.page_index(page.notebook, unit_nb, index)
        found.append(
            failures.describe(result.err, page.notebook, at, page.config.execution_timeout, fw)
        )
    units.assemble(page.notebook, ran)
    first = next(iter(page.failed.values()))[1]
    failures.prepare(env, page.docname, page.notebook, found, first)


def _unit(page: Page, fw: str, store: Path) -> tuple[Unit, NotebookNode | None]:
    """A unit of the page, and its executed notebook from the store if it ran this code
    in this environment."""
    notebook = units.split(page.notebook, fw)
    unit = Unit(
        page,
        fw,
        notebook,
        units.code_hash(notebook),
        fingerprint((fw,)),
        float(len(notebook.cells)),
    )
    try:
        stored = nbformat.read(bundles.unit_file(store, page.docname, fw), as_version=4)
    except Exception:  # noqa: BLE001 - missing or unreadable: executed again
        return unit, None
    meta = stored.metadata.get(bundles.META, {})
    if isinstance(meta.get("seconds"), (int, float)):
        unit.expected_s = meta["seconds"]
    if meta.get("code") != unit.code or meta.get("environment") != unit.environment:
        return unit, None
    return unit, stored


@contextlib.contextmanager
def _shared_jax_compilations(folder: Path) -> Iterator[None]:
    """The units' kernels share JAX's compilation cache (in the execution cache's folder).

    In one process JAX compiles each operation once per shape and dtype; a kernel per unit
    would compile them all again (measured, JAX units of the whole site: 100 s of CPU
    alone, 63 s with the shared cache). What is compiled is the same either way, so are
    the outputs. Through the environment, not the hidden cells: a path in a unit's code
    would tie its hash to this machine. JAX reads these when imported (in the zygote, or
    in each kernel on a GPU), so they are set before any kernel starts."""
    settings = {
        "JAX_COMPILATION_CACHE_DIR": str(folder.absolute()),
        "JAX_PERSISTENT_CACHE_MIN_COMPILE_TIME_SECS": "0",  # every operation
        "JAX_PERSISTENT_CACHE_MIN_ENTRY_SIZE_BYTES": "-1",
    }  # of any size
    saved = {name: os.environ.get(name) for name in settings}
    for name, value in settings.items():
        os.environ.setdefault(name, value)  # a reader's own settings win
    try:
        yield
    finally:
        for name, was in saved.items():
            if was is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = was


def _execute_units(app: Sphinx, cache: JupyterCacheBase, todo: list[Unit], store: Path) -> None:
    with _shared_jax_compilations(store.parent / "jax-compilations"):
        _execute_in_parallel(app, cache, todo, store)


def _execute_in_parallel(
    app: Sphinx, cache: JupyterCacheBase, todo: list[Unit], store: Path
) -> None:
    jobs = max(1, min(app.parallel, app.config.prelim_max_kernels, len(todo)))
    needed = [fw for fw in FRAMEWORKS if any(u.framework == fw for u in todo)]
    zygotes = {}
    if forked.available(app.config):
        zygotes = {fw: forked.Zygote((fw,)) for fw in needed}  # they import now, side by side
    pages = len({u.page.docname for u in todo})
    logger.info(
        f"executing {len(todo)} unit(s) of {pages} page(s), {jobs} at a time"
        + (", in processes forked after one import of each framework" if zygotes else "")
    )
    todo.sort(key=lambda u: -u.expected_s)  # longest first: none starts last and runs alone
    records = {u.page.docname: _stage(cache, u.page) for u in todo}
    try:
        with (
            _kernel_socket_folder() as sockets,
            concurrent.futures.ThreadPoolExecutor(jobs, "prelim-exec") as pool,
        ):
            futures = {
                pool.submit(
                    _execute, unit, sockets / f"kernel-{i}", zygotes.get(unit.framework)
                ): unit
                for i, unit in enumerate(todo)
            }
            for future in concurrent.futures.as_completed(futures):
                unit = futures[future]
                _keep(cache, unit, records[unit.page.docname], future, store)
    finally:
        for zygote in zygotes.values():
            zygote.close()


def _page(
    app: Sphinx, env: BuildEnvironment, cache: JupyterCacheBase, docname: str, keep_cached: bool
) -> Page | None:
    """The page's notebook exactly as myst-nb's parser builds it, if it has units to run
    (or, with ``keep_cached``, has units at all)."""
    from myst_nb.core.read import create_nb_reader

    path = Path(env.doc2path(docname))
    try:
        text = path.read_text(encoding=app.config.source_encoding)
    except OSError:
        return None  # the read reports it
    # myst-nb and myst-parser set these on the env
    nb_config = env.mystnb_config  # type: ignore[attr-defined]
    reader = create_nb_reader(
        str(path),
        env.myst_config,  # type: ignore[attr-defined]
        nb_config,
        text,
    )
    if reader is None:
        return None  # not a notebook page
    saved = env.current_document
    env.prepare_settings(docname)  # our reader asks the env which page it reads
    try:
        with logging.LogCollector().collect(), reading(app):  # the read reports problems
            notebook = reader.read(text)
    except Exception:  # noqa: BLE001 - the real read raises it with context
        return None
    finally:
        env.current_document = saved
    if not units.frameworks_of(notebook):
        return None  # no examples: a page of plain code cells stays myst-nb's to execute
    nb_config = mystnb_compat.prepare(notebook, nb_config)
    if nb_config is None:
        return None
    if nb_config.execution_mode != "cache":
        return None
    posix = PurePosixPath(path.as_posix())
    if any(posix.match(pattern) for pattern in nb_config.execution_excludepatterns):
        return None
    cached = False
    with contextlib.suppress(KeyError):
        cache.match_cache_notebook(notebook)
        cached = True
    if cached and not keep_cached:
        return None  # the read merges the outputs
    return Page(docname, path, notebook, nb_config, reader.read_fmt, cached=cached)


def _stage(cache: JupyterCacheBase, page: Page) -> NbProjectRecord:
    return mystnb_compat.stage(cache, str(page.path), page.read_fmt)


@contextlib.contextmanager
def _kernel_socket_folder() -> Iterator[Path]:
    """A private folder for the kernels' IPC sockets (a socket path must stay short)."""
    base = tempfile.gettempdir()
    if len(base) > 60:  # AF_UNIX paths are limited to 107 bytes
        base = "/tmp"
    folder = Path(tempfile.mkdtemp(prefix="prelim-kernels-", dir=base))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)  # killed kernels leave their sockets


def _execute(unit: Unit, socket_path: Path, zygote: forked.Zygote | None) -> ExecutionResult:
    """Run the unit in a fresh process (in a worker thread): forked from its framework's
    zygote, else in a kernel started the usual way, by jupyter-cache's executor."""
    from jupyter_cache.executors.utils import single_nb_execution
    from traitlets.config import Config

    config, path = unit.page.config, unit.page.path
    cwd = (
        tempfile.TemporaryDirectory()
        if config.execution_in_temp
        else contextlib.nullcontext(str(path.parent))
    )
    with cwd as folder:
        if zygote is not None:
            try:
                result, unit.stopped_at = forked.run_unit(
                    zygote,
                    unit.notebook,
                    cwd=os.path.abspath(folder),
                    timeout=config.execution_timeout,
                    allow_errors=config.execution_allow_errors,
                    socket_path=socket_path.with_suffix(".sock"),
                    env=dict(os.environ),
                )
                return result
            except forked.ZygoteError as err:
                logger.warning(f"{err}; starting this unit's kernel the usual way")
        # with transport "ipc" the sockets are files named after the connection file: one
        # folder per build and one name per kernel, so no two kernels can collide
        kernel = Config(
            {"KernelManager": {"transport": "ipc", "connection_file": f"{socket_path}.json"}}
        )
        result, unit.stopped_at = failures.run(
            single_nb_execution,
            unit.notebook,
            cwd=os.path.abspath(folder),
            timeout=config.execution_timeout,
            allow_errors=config.execution_allow_errors,
            meta_override=True,
            config=kernel,
            shutdown_kernel="immediate",
        )
        return result


def _keep(
    cache: JupyterCacheBase,
    unit: Unit,
    record: NbProjectRecord,
    future: concurrent.futures.Future[ExecutionResult],
    store: Path,
) -> None:
    """Store a finished unit; keep a failed one with its page, which the read reports."""
    from jupyter_cache.cache.db import NbProjectRecord

    page, fw = unit.page, FRAMEWORKS[unit.framework].label
    try:
        result = future.result()  # a dead kernel is a failed result (failures.run)
    except Exception as err:  # noqa: BLE001 - its kernel never started: myst-nb runs the page
        logger.info(
            f"executing the {fw} unit failed ({type(err).__name__}: {err}); the page is "
            "executed while reading",
            location=page.docname,
        )
        return
    if result.err is not None:
        NbProjectRecord.set_traceback(record.uri, result.exc_string, cache.db)
        logger.info(
            f"executing the {fw} unit failed ({type(result.err).__name__})",
            location=page.docname,
        )
        if unit.stopped_at is not None:
            page.failed[unit.framework] = (unit.notebook, result, unit.stopped_at)
        return
    unit.notebook.metadata[bundles.META] = {
        "page": page.docname,
        "framework": unit.framework,
        "code": unit.code,
        "environment": unit.environment,
        "seconds": round(result.time, 3),
    }
    path = bundles.unit_file(store, page.docname, unit.framework)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    nbformat.write(unit.notebook, partial)
    partial.replace(path)  # never a half-written unit, even if the build is stopped
    page.done[unit.framework] = unit.notebook
    logger.info(
        f"Executed unit {unit.framework} in {result.time:.2f} seconds", location=page.docname
    )


def _store_page(cache: JupyterCacheBase, page: Page, overwrite: bool = False) -> None:
    """The page, its cells given its units' outputs, into the execution cache."""
    from jupyter_cache.base import CacheBundleIn

    if not overwrite:
        _stage(cache, page)
    units.assemble(page.notebook, page.done)
    seconds = sum(
        nb.metadata.get(bundles.META, {}).get("seconds", 0.0) for nb in page.done.values()
    )
    cache.cache_notebook_bundle(
        CacheBundleIn(page.notebook, str(page.path), data={"execution_seconds": seconds}),
        check_validity=False,
        overwrite=True,
    )
