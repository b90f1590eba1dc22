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
- the failure is kept in the page's ``env.temp_data``, where ``ExecutionFailures`` (a
  transform on the same page) turns it into a warning naming the snippet file and puts a
  visible error on the page, in that cell and in each cell after it.

A failed execution is never cached, so the next build runs the page again.
"""

from __future__ import annotations

import traceback

from docutils import nodes
from sphinx.transforms import SphinxTransform
from sphinx.util import logging

from ..core import mystnb_compat
from ..core.cells import SETUP
from ..core.output_text import parse_traceback

logger = logging.getLogger(__name__)

#: the Sphinx app of this build (set by ``setup_failures``): the guarded execution is
#: called by myst-nb with the notebook alone, and records a failure in the page's env
APP = None

#: key in ``env.temp_data`` (per page, cleared after the page is read)
FAILURE_KEY = "prelim_execution_failure"


def _describe(reason: str, timeout) -> tuple[str, str]:
    """(what went wrong, what to do), for the warning and for the page."""
    if reason == "timeout":
        return (f"was still running after {timeout} s (nb_execution_timeout), so the build "
                "stopped this page's kernel",
                "make the snippet faster (less data, fewer iterations); if it truly needs "
                "longer, raise nb_execution_timeout in conf.py")
    return ("killed the kernel (os._exit, a crash in native code, or the machine ran out of "
            "memory)",
            "run the snippet alone (python <file>) to see how it ends, and fix it")


def guard_execution(execute):
    """Wrap jupyter-cache's ``single_nb_execution`` (see the module docstring)."""
    from jupyter_cache.executors.utils import ExecutionResult
    from nbclient.exceptions import CellTimeoutError, DeadKernelError

    def guarded(nb, cwd, timeout, allow_errors, **kwargs):
        running = {}

        def on_cell_start(cell, cell_index):
            running["index"] = cell_index

        try:
            result = execute(nb, cwd=cwd, timeout=timeout, allow_errors=allow_errors,
                             on_cell_start=on_cell_start, **kwargs)
        except DeadKernelError as err:
            result = ExecutionResult(nb, cwd, 0.0, err, traceback.format_exc())
        if result.err is not None and "index" in running:
            reason = "timeout" if isinstance(result.err, CellTimeoutError) else "died"
            _record(reason, running["index"], nb, timeout)
        return result

    guarded.prelim_guarded = True
    return guarded


def _record(reason: str, index: int, nb, timeout) -> None:
    env = APP.env if APP else None
    if env is None:
        return
    cell = nb.cells[index]
    env.temp_data[FAILURE_KEY] = {"reason": reason, "index": index, "timeout": timeout,
                                  "snippet": cell.metadata.get("snippet"),
                                  "role": cell.metadata.get("prelim")}


def install() -> None:
    """Route myst-nb's notebook execution through ``guard_execution`` (idempotent)."""
    from myst_nb.core.execute import cache, direct

    mystnb_compat.assert_patchable()  # else the replacement below would change nothing
    for module in (cache, direct):
        if not getattr(module.single_nb_execution, "prelim_guarded", False):
            module.single_nb_execution = guard_execution(module.single_nb_execution)
        if not getattr(module.single_nb_execution, "prelim_guarded", False):
            raise RuntimeError(f"{module.__name__}.single_nb_execution could not be replaced")


def _interrupted_line(cell) -> int | None:
    """The snippet line a stopped kernel was interrupted at, if it said.

    Stopping a hung kernel interrupts it first, which may leave a KeyboardInterrupt
    traceback in the cell. That error is the build's doing, not the snippet's: take the
    line from it and drop it, so it is not judged as an undeclared exception.
    """
    line = None
    for block in list(cell.findall(nodes.literal_block)):
        if "traceback" in block["classes"]:
            ename, _lines, at = parse_traceback(block.astext())
            if ename.rsplit(".", 1)[-1] == "KeyboardInterrupt":
                line = line or at
                block.parent.remove(block)
    return line


def _admonition(text: str) -> nodes.Element:
    note = nodes.error(classes=["prelim-not-executed"])
    note += nodes.paragraph(text=text)
    return note


class ExecutionFailures(SphinxTransform):
    """Report the cell that stopped the kernel; mark it and every later cell."""

    default_priority = 399  # before CheckSnippetOutputs judges the (missing) outputs

    def apply(self, **kwargs):
        failure = self.env.temp_data.pop(FAILURE_KEY, None)
        if failure is None:
            return
        what, todo = _describe(failure["reason"], failure["timeout"])
        culprit = failure["snippet"] or (
            "the page's hidden setup cell (docs/_ext/prelim/kernel/setup_cell.py)"
            if failure["role"] == SETUP else f"cell {failure['index']} of this page")
        cells = [c for c in self.document.findall(nodes.container)
                 if c.get("nb_element") == "cell_code" and c["cell_index"] >= failure["index"]]
        at = next((c for c in cells if c["cell_index"] == failure["index"]), None)
        if at is not None and failure["snippet"] and (line := _interrupted_line(at)):
            culprit = f"{culprit}:{line}"
        logger.warning(f"{culprit}: {what}; the cells after it were not executed. To fix: "
                       f"{todo}", location=at if at is not None else (self.env.docname, 1),
                       type="prelim", subtype="execution")
        for cell in cells:
            meta = cell.get("cell_metadata", {})
            meta.pop("raises", None)  # never ran to the end: whether it raises is unknown
            if cell["cell_index"] == failure["index"]:
                cell += _admonition(f"This build stopped here: {culprit} {what}.")
            else:
                cell += _admonition(f"Not executed: the build stopped at {culprit}, "
                                    "before this cell ran.")


def setup_failures(app):
    global APP
    APP = app
    install()
    app.add_transform(ExecutionFailures)
