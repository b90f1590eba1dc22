"""A unit whose kernel stops half-way (a snippet hangs, or kills the kernel) is reported
naming the snippet, from that unit alone, and the cells it never ran are marked as such.

myst-nb reports both cases only as "Executing notebook failed" for the whole page, and a
dead kernel (``os._exit``, a crash in native code, the out-of-memory killer) is not caught
at all: ``DeadKernelError`` escapes jupyter-cache and Sphinx aborts with a traceback
through nbclient. So:

- the execution stage (``parallel``) records, for every unit, the cell that was running
  (nbclient's ``on_cell_start`` hook), turns a dead kernel into a failed execution like a
  timeout (``run``), and describes a failure in page terms (``describe``). The page's
  notebook gets the outputs of its units as far as they went, and is kept for the read
  with its failures (``prepare``);
- ``guard_execution`` wraps the execution function myst-nb calls (by its module attribute;
  ``mystnb_compat`` checks that this takes). For a prepared page it hands myst-nb that
  notebook and the failure instead of executing: a unit that failed is never run again as
  a whole page, all frameworks in one kernel. A page myst-nb executes itself (one with
  plain code cells only) is guarded the same way, its failure recorded as it runs;
- the failures go to the page's ``env.temp_data``, where ``check.execution_failures`` (a
  transform on the same page) turns each into a warning naming the snippet file and puts
  a visible error on the page, in that cell and in each of that unit's cells after it.

A failed execution is never cached, so the next build runs the unit again.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..core import mystnb_compat
from ..core.reading import current_app

if TYPE_CHECKING:
    from jupyter_cache.executors.utils import ExecutionResult
    from nbformat import NotebookNode
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

#: key in ``env.temp_data`` (per page, cleared after the page is read): its failures
FAILURE_KEY = "prelim_execution_failure"
#: attribute of the env: the pages whose units failed, prepared for the read (by docname)
PREPARED = "prelim_failed_pages"


def run(execute: Callable[..., ExecutionResult], nb: NotebookNode, **kwargs: Any) -> Any:
    """``execute(nb, ...)``, a dead kernel made a failed result; with the index of the cell
    that was running when it failed (``None`` if it did not)."""
    from jupyter_cache.executors.utils import ExecutionResult
    from nbclient.exceptions import DeadKernelError

    running: dict[str, int] = {}

    def on_cell_start(cell: NotebookNode, cell_index: int) -> None:
        running["index"] = cell_index

    try:
        result = execute(nb, on_cell_start=on_cell_start, **kwargs)
    except DeadKernelError as err:
        result = ExecutionResult(nb, kwargs.get("cwd"), 0.0, err, traceback.format_exc())
    failed = result.err is not None and "index" in running
    return result, running["index"] if failed else None


def describe(
    err: BaseException, nb: NotebookNode, index: int, timeout: int | None, framework: str | None
) -> dict[str, Any]:
    """A failure at cell ``index`` of the page ``nb`` (``framework``: that unit's alone)."""
    from nbclient.exceptions import CellTimeoutError

    cell = nb.cells[index]
    return {
        "reason": "timeout" if isinstance(err, CellTimeoutError) else "died",
        "index": index,
        "timeout": timeout,
        "snippet": cell.metadata.get("snippet"),
        "role": cell.metadata.get("prelim"),
        "framework": framework,
    }


def prepare(
    env: BuildEnvironment,
    docname: str,
    notebook: NotebookNode,
    failures: list[dict[str, Any]],
    result: ExecutionResult,
) -> None:
    """Keep a page whose units failed, with its outputs so far, for its read."""
    prepared = getattr(env, PREPARED, None)
    if prepared is None:
        prepared = {}
        setattr(env, PREPARED, prepared)
    prepared[docname] = {
        "notebook": notebook,
        "failures": failures,
        "seconds": result.time,
        "error": type(result.err).__name__,
        "message": str(result.err),
        "traceback": result.exc_string or "",
    }


def _replay(nb: NotebookNode, prepared: dict[str, Any], cwd: str | None) -> ExecutionResult:
    """The prepared page's outputs, given to myst-nb's notebook as its execution's."""
    import nbclient.exceptions
    from jupyter_cache.executors.utils import ExecutionResult

    for cell, done in zip(nb.cells, prepared["notebook"].cells, strict=True):
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = done.outputs, done.execution_count
    err_class = getattr(nbclient.exceptions, prepared["error"], RuntimeError)
    err = err_class.__new__(err_class)
    Exception.__init__(err, prepared["message"])
    return ExecutionResult(nb, cwd, prepared["seconds"], err, prepared["traceback"])


def guard_execution(execute: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap jupyter-cache's ``single_nb_execution`` (see the module docstring)."""

    def guarded(
        nb: NotebookNode, cwd: str | None, timeout: int | None, allow_errors: bool, **kwargs: Any
    ) -> Any:
        app = current_app()
        env = app.env if app is not None else None
        if env is not None:
            prepared = getattr(env, PREPARED, {}).pop(env.docname, None)
            if prepared is not None and len(prepared["notebook"].cells) == len(nb.cells):
                env.temp_data[FAILURE_KEY] = prepared["failures"]
                return _replay(nb, prepared, cwd)
        result, index = run(
            execute, nb, cwd=cwd, timeout=timeout, allow_errors=allow_errors, **kwargs
        )
        if index is not None and env is not None:
            env.temp_data[FAILURE_KEY] = [describe(result.err, nb, index, timeout, None)]
        return result

    # a marker on the function, which install() reads
    guarded.prelim_guarded = True  # type: ignore[attr-defined]
    return guarded


def install() -> None:
    """Route myst-nb's notebook execution through ``guard_execution`` (idempotent)."""
    from myst_nb.core.execute import cache, direct

    mystnb_compat.assert_patchable()  # else the replacement below would change nothing
    for module in (cache, direct):
        if not getattr(module.single_nb_execution, "prelim_guarded", False):
            module.single_nb_execution = guard_execution(module.single_nb_execution)
        if not getattr(module.single_nb_execution, "prelim_guarded", False):
            raise RuntimeError(f"{module.__name__}.single_nb_execution could not be replaced")


def _forget_prepared(app: Sphinx, env: BuildEnvironment) -> None:
    """What the reads did not take is not kept with the env (it is pickled)."""
    if hasattr(env, PREPARED):
        delattr(env, PREPARED)


def setup_failures(app: Sphinx) -> None:
    install()
    app.connect("env-updated", _forget_prepared)
