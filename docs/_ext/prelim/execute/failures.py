"""A page whose kernel stops half-way (a snippet hangs, or kills the kernel) is reported
naming the snippet, and the cells it never ran are marked as such on the page.

myst-nb reports both cases only as "Executing notebook failed" for the whole page, and a
dead kernel (``os._exit``, a crash in native code, the out-of-memory killer) is not caught
at all: ``DeadKernelError`` escapes jupyter-cache and Sphinx aborts with a traceback
through nbclient. ``guard_execution`` wraps the execution function myst-nb calls (by its
module attribute; ``mystnb_compat`` checks that this takes) so that:

- every cell's start is recorded (nbclient's ``on_cell_start`` hook), so the cell that
  was running when the kernel hung or died is known;
- a dead kernel becomes a failed execution like a timeout, so the page still renders;
- the failure is kept in the page's ``env.temp_data``, where ``check.execution_failures``
  (a transform on the same page) turns it into a warning naming the snippet file and puts
  a visible error on the page, in that cell and in each cell after it.

A failed execution is never cached, so the next build runs the page again.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sphinx.util import logging

from ..core import mystnb_compat

if TYPE_CHECKING:
    from nbformat import NotebookNode
    from sphinx.application import Sphinx

logger = logging.getLogger(__name__)

#: the Sphinx app of this build (set by ``setup_failures``): the guarded execution is
#: called by myst-nb with the notebook alone, and records a failure in the page's env
APP: Sphinx | None = None

#: key in ``env.temp_data`` (per page, cleared after the page is read)
FAILURE_KEY = "prelim_execution_failure"


def guard_execution(execute: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap jupyter-cache's ``single_nb_execution`` (see the module docstring)."""
    from jupyter_cache.executors.utils import ExecutionResult
    from nbclient.exceptions import CellTimeoutError, DeadKernelError

    def guarded(
        nb: NotebookNode, cwd: str | None, timeout: int | None, allow_errors: bool, **kwargs: Any
    ) -> Any:
        running: dict[str, int] = {}

        def on_cell_start(cell: NotebookNode, cell_index: int) -> None:
            running["index"] = cell_index

        try:
            result = execute(
                nb,
                cwd=cwd,
                timeout=timeout,
                allow_errors=allow_errors,
                on_cell_start=on_cell_start,
                **kwargs,
            )
        except DeadKernelError as err:
            result = ExecutionResult(nb, cwd, 0.0, err, traceback.format_exc())
        if result.err is not None and "index" in running:
            reason = "timeout" if isinstance(result.err, CellTimeoutError) else "died"
            _record(reason, running["index"], nb, timeout)
        return result

    # a marker on the function, which install() reads
    guarded.prelim_guarded = True  # type: ignore[attr-defined]
    return guarded


def _record(reason: str, index: int, nb: NotebookNode, timeout: int | None) -> None:
    env = APP.env if APP else None
    if env is None:
        return
    cell = nb.cells[index]
    env.temp_data[FAILURE_KEY] = {
        "reason": reason,
        "index": index,
        "timeout": timeout,
        "snippet": cell.metadata.get("snippet"),
        "role": cell.metadata.get("prelim"),
    }


def install() -> None:
    """Route myst-nb's notebook execution through ``guard_execution`` (idempotent)."""
    from myst_nb.core.execute import cache, direct

    mystnb_compat.assert_patchable()  # else the replacement below would change nothing
    for module in (cache, direct):
        if not getattr(module.single_nb_execution, "prelim_guarded", False):
            module.single_nb_execution = guard_execution(module.single_nb_execution)
        if not getattr(module.single_nb_execution, "prelim_guarded", False):
            raise RuntimeError(f"{module.__name__}.single_nb_execution could not be replaced")


def setup_failures(app: Sphinx) -> None:
    global APP
    APP = app
    install()
