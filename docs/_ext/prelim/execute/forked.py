"""Units run in processes forked from zygotes that have each imported one framework once
per build, by the shell ipykernel uses, without a Jupyter kernel around it.

Where a cold build's time goes (measured on 2 cores): a kernel spends seconds of CPU
importing its framework before its first cell (TensorFlow ~3 s, PyTorch ~2 s, JAX ~1 s),
and every page has one unit per framework. ``kernel/zygote.py`` does each framework's
imports once (one zygote per framework, so a unit's process holds its own framework
only, and the three import side by side); each unit then runs in a process forked from
its framework's zygote, a fresh process with the modules loaded and nothing run (see its
docstring for why that is as clean as a new process).

A Jupyter kernel around the unit would cost it about another second of CPU (starting,
importing its debugger, ~10 ms a cell in messages), 45 units a cold build: the forked
process runs the cells in ipykernel's own shell (``kernel/shell.py``) and writes the
messages that shell publishes to a socket; ``run_unit`` turns them into the cells'
outputs with nbclient's own message handling, and applies nbclient's rules: a cell's
timeout, an error the cell does not declare (``raises-exception``) stops the unit, a
process that dies is a ``DeadKernelError``. tests/test_execution.py checks that these
pages read exactly as pages run in kernels started the usual way.

Used by ``parallel`` on Linux without a GPU (a zygote must never have touched a
device, and CUDA does not survive a fork, so GPU builds start kernels the usual way), and
when ``prelim_fork_kernels`` is on (``-D prelim_fork_kernels=0`` turns it off). If a
zygote fails, units run in kernels started the usual way.
"""

from __future__ import annotations

import json
import os
import select
import signal
import socket
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from ..core.environment import gpus
from ..kernel import FOLDER as KERNEL

if TYPE_CHECKING:
    from jupyter_cache.executors.utils import ExecutionResult
    from nbformat import NotebookNode
    from sphinx.config import Config

ZYGOTE = KERNEL / "zygote.py"
#: how long a forked unit may take to connect (it only forks and opens a socket)
CONNECT_TIMEOUT_S = 60.0


class ZygoteError(RuntimeError):
    pass


def available(config: Config) -> bool:
    """Whether this build can fork its units (see the module docstring)."""
    return (
        bool(config.prelim_fork_kernels)
        and sys.platform == "linux"
        and hasattr(os, "fork")
        and not gpus()
    )


class Zygote:
    """The zygote process of one build; ``fork`` may be called from several threads."""

    def __init__(self, frameworks: Iterable[str]) -> None:
        # its stderr is the build's
        self.process = subprocess.Popen(
            [sys.executable, str(ZYGOTE), *frameworks],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
        )
        self.lock = threading.Lock()
        self.ready: list[str] | None = None

    def _reply(self) -> dict[str, Any]:
        assert self.process.stdout is not None  # a pipe (Popen above)
        line = self.process.stdout.readline()
        if not line:
            raise ZygoteError("the zygote exited (its error is above)")
        return cast("dict[str, Any]", json.loads(line))

    def fork(self, request: dict[str, Any]) -> int:
        """A process forked to run ``request`` (kernel/zygote.py); its pid."""
        with self.lock:
            if self.ready is None:
                self.ready = self._reply()["ready"]  # waits for the imports, once
            assert self.process.stdin is not None  # a pipe (Popen above)
            self.process.stdin.write(json.dumps(request) + "\n")
            self.process.stdin.flush()
            reply = self._reply()
        if "error" in reply:
            raise ZygoteError(reply["error"])
        return cast(int, reply["pid"])

    def close(self) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None  # pipes
        if self.process.poll() is None:
            self.process.stdin.close()  # end of input ends it
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process.stdout.close()


def _kill_group(pid: int) -> None:
    """The unit's process and whatever it started (it leads its own process group)."""
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


class _Lines:
    """JSON lines from the unit's socket, each awaited until a deadline."""

    def __init__(self, conn: socket.socket) -> None:
        self.conn, self.pending = conn, b""

    def next(self, deadline: float | None) -> dict[str, Any] | None:
        """The next message; None at the end of the stream (the process exited);
        TimeoutError past ``deadline``."""
        while b"\n" not in self.pending:
            wait = None if deadline is None else deadline - time.monotonic()
            if wait is not None and wait <= 0:
                raise TimeoutError
            ready, _, _ = select.select([self.conn], [], [], wait)
            if not ready:
                continue
            data = self.conn.recv(1 << 20)
            if not data:
                return None
            self.pending += data
        line, self.pending = self.pending.split(b"\n", 1)
        return cast("dict[str, Any]", json.loads(line))


def _code_cells(nb: NotebookNode, skip_tag: str, allow_errors: bool) -> list[dict[str, Any]]:
    """What the unit's process runs: each code cell nbclient would execute, with whether
    an error in it stops the unit."""
    return [
        {
            "index": i,
            "source": cell.source,
            "stop_on_error": not (
                allow_errors or "raises-exception" in cell.metadata.get("tags", [])
            ),
        }
        for i, cell in enumerate(nb.cells)
        if cell.cell_type == "code"
        and cell.source.strip()
        and skip_tag not in cell.metadata.get("tags", [])
    ]


def run_unit(
    zygote: Zygote,
    nb: NotebookNode,
    cwd: str,
    timeout: int | None,
    allow_errors: bool,
    socket_path: Path,
    env: dict[str, str],
) -> tuple[ExecutionResult, int | None]:
    """Execute ``nb`` in place in a process forked from ``zygote``, as jupyter-cache's
    ``single_nb_execution`` would in a kernel: its result, and the index of the cell that
    was running when it failed (None if it did not; what ``failures.run`` returns)."""
    from jupyter_cache.executors.utils import ExecutionResult
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

    client = NotebookClient(nb, timeout=timeout, allow_errors=allow_errors, record_timing=False)
    client.reset_execution_trackers()
    cells = _code_cells(nb, client.skip_cells_with_tag, allow_errors)
    limit = timeout if timeout and timeout > 0 else None
    started = time.perf_counter()
    running: int | None = None
    err: BaseException | None = None
    exc_string: str | None = None
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    pid = None
    try:
        listener.bind(str(socket_path))
        listener.listen(1)
        listener.settimeout(CONNECT_TIMEOUT_S)
        pid = zygote.fork(
            {"unit": {"socket": str(socket_path), "cells": cells}, "cwd": cwd, "env": env}
        )
        conn, _ = listener.accept()
        conn.setblocking(False)
        lines = _Lines(conn)
        try:
            by_index = {c["index"]: c for c in cells}
            deadline = None
            while True:
                try:
                    msg = lines.next(deadline)
                except TimeoutError:
                    assert running is not None
                    raise CellTimeoutError.error_from_timeout_and_cell(
                        "Cell execution timed out", cast(int, limit), nb.cells[running]
                    ) from None
                if msg is None:
                    raise DeadKernelError("Kernel died")
                if "language_info" in msg:
                    nb.metadata["language_info"] = msg["language_info"]
                elif "start" in msg:
                    running = msg["start"]
                    nb.cells[running].outputs = []
                    client.clear_before_next_output = False
                    deadline = None if limit is None else time.monotonic() + limit
                elif "msg_type" in msg:
                    assert running is not None
                    full = {
                        **msg,
                        "header": {"msg_type": msg["msg_type"]},
                        "parent_header": {"msg_id": "unit"},
                    }
                    client.process_message(full, nb.cells[running], running)
                elif "end" in msg:
                    cell, reply = nb.cells[msg["end"]], msg["reply"]
                    client.code_cells_executed += 1
                    cell["execution_count"] = client.code_cells_executed
                    if reply["status"] == "error" and by_index[msg["end"]]["stop_on_error"]:
                        raise CellExecutionError.from_cell_and_msg(cell, reply)
                    deadline = None
                elif msg.get("done"):
                    running = None
                    break
        finally:
            conn.close()
    except (CellExecutionError, CellTimeoutError) as error:
        err, exc_string = error, traceback.format_exc()
    except (DeadKernelError, ZygoteError, OSError) as error:
        # as failures.run reports a kernel that died (socket.timeout is an OSError)
        err, exc_string = DeadKernelError(f"Kernel died ({error})"), traceback.format_exc()
    finally:
        listener.close()
        socket_path.unlink(missing_ok=True)
        if pid is not None:
            _kill_group(pid)  # done, or stopped: nothing it started outlives it
    result = ExecutionResult(nb, cwd, time.perf_counter() - started, err, exc_string)
    return result, running if err is not None else None
