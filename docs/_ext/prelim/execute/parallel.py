"""Execute the pages that need it before Sphinx reads them, several at a time, safely.

myst-nb executes a page while Sphinx reads it. Serially, a cold build spends most of its
time in kernels that each start and import three frameworks (~7 s a page here) and
then wait ~2 s to shut down. ``sphinx-build -j N`` makes the readers execute in
parallel, but in fixed chunks of pages per process (five and five here: the slowest chunk
decides), and with two known races: two readers creating the jupyter-cache database at
once, and two kernels picking the same TCP ports (each reader process has its own
jupyter_client port cache, so nothing stops a collision).

So, in cache mode, the main Sphinx process executes the outdated pages itself, after
Sphinx has decided what to read and before it reads (``env-before-read-docs``):

- it creates the cache database first, so parallel readers only ever open it;
- each page's notebook comes from the same reader and settings myst-nb uses, so the
  cache key is the same and the read that follows finds the page cached (a test checks
  that a cold build executes each page exactly once);
- pages run ``-j`` at a time from one queue (largest first): whichever kernel finishes
  takes the next page, so no worker idles while another has a backlog;
- kernels talk over IPC sockets in a private folder, named per kernel: no ports at all;
- where it is safe, each kernel is forked from a process that imported the frameworks
  once for the whole build (``forked``), instead of importing them itself;
- a kernel is killed once its last output has arrived; a graceful shutdown of a kernel
  holding three frameworks takes ~2 s and produces nothing.

Each page still gets a fresh kernel process, so pages never share state. Only this
process writes the cache. A page that fails here (a dead kernel, a timeout) is not
cached: myst-nb executes it again while reading and reports the failure as it always
does (``failures``), at the cost of running it twice.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from myst_nb.core.config import NbParserConfig
from nbformat import NotebookNode
from sphinx.util import logging

from ..core.frameworks import selected_frameworks
from . import forked

logger = logging.getLogger(__name__)

#: each kernel holds three frameworks: about 1.5 GB of memory and, on a GPU, three CUDA
#: contexts; more at once than this only thrashes on the machines we build on
DEFAULT_MAX_KERNELS = 4


@dataclass
class Page:
    docname: str
    path: Path
    notebook: NotebookNode  # executed in place
    config: NbParserConfig  # with the page's own overrides
    read_fmt: dict | None


def setup_parallel(app):
    app.add_config_value("prelim_max_kernels", DEFAULT_MAX_KERNELS, "", types=(int,))
    app.add_config_value("prelim_fork_kernels", True, "", types=(bool, int))
    app.connect("env-before-read-docs", execute_outdated_pages)


def execute_outdated_pages(app, env, docnames):
    nb_config = getattr(env, "mystnb_config", None)
    if nb_config is None or nb_config.execution_mode != "cache":
        return  # "force" and "auto" stay myst-nb's own business; "off" executes nothing
    from jupyter_cache import get_cache

    cache = get_cache(nb_config.execution_cache_path or ".jupyter_cache")
    cache.db  # noqa: B018 - create the database here, before any reader process opens it
    pages = [p for d in docnames if (p := _uncached_page(app, env, cache, d)) is not None]
    if not pages:
        return
    jobs = max(1, min(app.parallel, app.config.prelim_max_kernels, len(pages)))
    zygote = None
    if forked.available(app.config):
        zygote = forked.Zygote(selected_frameworks())  # imports now
    logger.info(f"executing {len(pages)} page(s), {jobs} at a time"
                + (", in kernels forked after one import of the frameworks" if zygote else ""))
    manager = forked.kernel_manager_class(zygote) if zygote else None
    # largest first, so a long page never starts last and runs alone
    pages.sort(key=lambda p: -sum(c.cell_type == "code" for c in p.notebook.cells))
    records = {p.docname: _stage(cache, p) for p in pages}
    try:
        with _kernel_socket_folder() as sockets, \
                concurrent.futures.ThreadPoolExecutor(jobs, "prelim-exec") as pool:
            futures = {pool.submit(_execute, page, sockets / f"kernel-{i}.json", manager): page
                       for i, page in enumerate(pages)}
            for future in concurrent.futures.as_completed(futures):
                page = futures[future]
                _store(cache, page, records[page.docname], future)
    finally:
        if zygote is not None:
            zygote.close()


def _uncached_page(app, env, cache, docname: str) -> Page | None:
    """The page's notebook exactly as myst-nb's parser builds it, if it needs executing."""
    from myst_nb.core.nb_to_tokens import nb_node_to_dict
    from myst_nb.core.read import create_nb_reader

    path = Path(env.doc2path(docname))
    try:
        text = path.read_text(encoding=app.config.source_encoding)
    except OSError:
        return None  # the read reports it
    nb_config = env.mystnb_config
    reader = create_nb_reader(str(path), env.myst_config, nb_config, text)
    if reader is None:
        return None  # not a notebook page
    saved = env.current_document
    env.prepare_settings(docname)  # our reader asks the env which page it reads
    try:
        with logging.LogCollector().collect():  # the real read reports any problem once
            notebook = reader.read(text)
    except Exception:  # noqa: BLE001 - the real read raises it with context
        return None
    finally:
        env.current_document = saved
    # what myst_nb.sphinx_.Parser.parse does between reading and executing
    kernel = notebook.metadata.get("kernelspec", {}).get("name")
    for rgx, alias in (nb_config.kernel_rgx_aliases or {}).items():
        if kernel is not None and re.fullmatch(rgx, kernel):
            notebook.metadata["kernelspec"]["name"] = alias
            break
    if nb_config.metadata_key in notebook.metadata:
        overrides = nb_node_to_dict(notebook.metadata[nb_config.metadata_key])
        overrides.pop("output_folder", None)
        try:
            nb_config = nb_config.copy(**overrides)
        except Exception:  # noqa: BLE001 - the real read warns about bad overrides
            return None
    if nb_config.execution_mode != "cache":
        return None  # e.g. a prose page, which our reader marks "off"
    posix = PurePosixPath(path.as_posix())
    if any(posix.match(pattern) for pattern in nb_config.execution_excludepatterns):
        return None
    with contextlib.suppress(KeyError):
        cache.match_cache_notebook(notebook)
        return None  # cached: the read merges the outputs
    return Page(docname, path, notebook, nb_config, reader.read_fmt)


def _stage(cache, page: Page):
    """Register the page with the cache project, as myst-nb's cache client does."""
    from jupyter_cache.cache.db import NbProjectRecord

    if page.read_fmt is not None:
        record = cache.add_nb_to_project(str(page.path), read_data=page.read_fmt)
    else:
        record = cache.add_nb_to_project(str(page.path))
    NbProjectRecord.remove_tracebacks([record.pk], cache.db)
    return record


@contextlib.contextmanager
def _kernel_socket_folder():
    """A private folder for the kernels' IPC sockets (a socket path must stay short)."""
    base = tempfile.gettempdir()
    if len(base) > 60:  # AF_UNIX paths are limited to 107 bytes
        base = "/tmp"
    folder = Path(tempfile.mkdtemp(prefix="prelim-kernels-", dir=base))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)  # killed kernels leave their sockets


def _execute(page: Page, connection_file: Path, manager=None):
    """Run the page in a fresh kernel (in a worker thread); jupyter-cache's executor."""
    from jupyter_cache.executors.utils import single_nb_execution
    from traitlets.config import Config

    # with transport "ipc" the sockets are files named after the connection file: one
    # folder per build and one name per kernel, so no two kernels can collide
    kernel = Config({"KernelManager": {"transport": "ipc",
                                       "connection_file": str(connection_file)}})
    cwd = (tempfile.TemporaryDirectory() if page.config.execution_in_temp
           else contextlib.nullcontext(str(page.path.parent)))
    with cwd as folder:
        return single_nb_execution(
            page.notebook, cwd=os.path.abspath(folder), timeout=page.config.execution_timeout,
            allow_errors=page.config.execution_allow_errors, meta_override=True,
            config=kernel, shutdown_kernel="immediate",
            **({"kernel_manager_class": manager} if manager else {}))


def _store(cache, page: Page, record, future):
    """Cache a finished page; leave a failed one to myst-nb (it re-executes and reports)."""
    from jupyter_cache.base import CacheBundleIn
    from jupyter_cache.cache.db import NbProjectRecord

    try:
        result = future.result()
    except Exception as err:  # noqa: BLE001 - e.g. the kernel died; myst-nb says so again
        logger.info(f"executing the page failed ({type(err).__name__}: {err}); "
                    "it is executed again while reading", location=page.docname)
        return
    if result.err is not None:
        NbProjectRecord.set_traceback(record.uri, result.exc_string, cache.db)
        logger.info(f"executing the page failed ({type(result.err).__name__}); it is "
                    "executed again while reading", location=page.docname)
        return
    cache.cache_notebook_bundle(
        CacheBundleIn(page.notebook, record.uri, data={"execution_seconds": result.time}),
        check_validity=False, overwrite=True)
    logger.info(f"Executed notebook in {result.time:.2f} seconds", location=page.docname)
