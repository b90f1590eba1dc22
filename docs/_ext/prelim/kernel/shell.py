"""A unit's cells, run in a process forked from the zygote, by the shell ipykernel uses.

A Jupyter kernel costs each unit about a second of CPU before and around its cells
(measured on 2 cores, per unit: 0.3 s to start, 0.2 s importing its debugger and magics,
~10 ms a cell in messages signed, sent and parsed on both sides), and a cold build runs 45
units. What a page shows is made by the kernel's shell, not its sockets: this runs the
unit's cells in ipykernel's own ``ZMQInteractiveShell`` (the same display formatter,
displayhook, display publisher, traceback formatting and cell file names, the inline
matplotlib backend), whose messages are written to the build instead of sent over ZeroMQ,
and the build turns them into outputs with nbclient's own code (``execute.forked``).

What a kernel does that is not the shell's, done here the same way: ``input()`` refuses
(nbclient allows no stdin), SIGINT is ignored, the shell's environment (``TERM``,
``PAGER``...) is set as the kernel sets it, and what native code writes to file
descriptors 1 and 2 (a kernel captures it too) becomes the cell's stream output. Streams
are flushed where ipykernel flushes them: before a display, a traceback, a result and at
the cell's end.

Protocol, one JSON object per line on the socket the build listens on:
``{"language_info": ...}`` once; per cell ``{"start": i}``, then its messages
``{"msg_type", "content"}``, then ``{"end": i, "reply": {...}}``; ``{"done": true}``
last. A cell whose error the page does not declare stops the unit (nbclient's rule).
"""

from __future__ import annotations

import builtins
import io
import os
import signal
import socket
import sys
import tempfile
from typing import Any

from ipykernel.compiler import XCachingCompiler
from ipykernel.ipkernel import IPythonKernel
from ipykernel.zmqshell import ZMQInteractiveShell
from IPython.core.error import StdinNotImplementedError
from jupyter_client.session import Session, json_packer
from traitlets.config import Config

#: no history database: a kernel's is an SQLite file in the profile and a thread writing
#: it, which no output reads (the in-memory ``In`` and ``_ih`` are kept)
SHELL_CONFIG = {"HistoryManager": {"enabled": False}}


class Channel:
    """The socket to the build: one JSON line per message."""

    def __init__(self, path: str) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.connect(path)

    def send(self, obj: dict[str, Any]) -> None:
        # at once: the build times each cell from its start, and keeps what a cell wrote
        # before it hung or died
        self.sock.sendall(json_packer(obj) + b"\n")


class WrittenSession(Session):
    """A Session whose ``send`` writes the message to the build instead of a socket."""

    channel: Channel | None = None

    def send(
        self,
        stream: Any,
        msg_or_type: Any,
        content: Any = None,
        parent: Any = None,
        ident: Any = None,
        buffers: Any = None,
        track: bool = False,
        header: Any = None,
        metadata: Any = None,
    ) -> dict[str, Any] | None:
        if isinstance(msg_or_type, dict):
            msg_type, content = msg_or_type["msg_type"], msg_or_type["content"]
        else:
            msg_type = msg_or_type
        assert self.channel is not None
        self.channel.send({"msg_type": msg_type, "content": content or {}})
        return None


class FdCapture:
    """What is written to file descriptor ``fd`` (by native code, or Python's own
    ``sys.__stderr__``), read back at each flush."""

    def __init__(self, fd: int) -> None:
        self.file = tempfile.TemporaryFile()
        os.dup2(self.file.fileno(), fd)
        self.read_at = 0

    def take(self) -> str:
        self.file.seek(self.read_at)
        data = self.file.read()
        self.read_at += len(data)
        return data.decode("utf-8", errors="replace")


class CellStream(io.TextIOBase):
    """sys.stdout or sys.stderr of the shell: text buffered until a flush, then one
    stream message (as ipykernel's OutStream sends them)."""

    def __init__(self, name: str, session: WrittenSession, fd: FdCapture) -> None:
        self.name, self.session, self.fd = name, session, fd
        self.buffer_: list[str] = []

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return "UTF-8"

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        return 1 if self.name == "stdout" else 2

    def write(self, text: str) -> int:
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        self.buffer_.append(text)
        return len(text)

    def flush(self) -> None:
        # Python's own file on the same descriptor buffers what is written through it
        original = sys.__stdout__ if self.name == "stdout" else sys.__stderr__
        if original is not None:
            original.flush()
        text = "".join(self.buffer_) + self.fd.take()
        self.buffer_.clear()
        if text:
            self.session.send(None, "stream", {"name": self.name, "text": text})


def _refuse_input(prompt: str = "") -> str:
    raise StdinNotImplementedError(
        "raw_input was called, but this frontend does not support input requests."
    )


def run(request: dict[str, Any]) -> None:
    """In the forked child: run the unit's cells (``request["cells"]``: each code cell
    to run, its index in the unit, its source and whether an error in it stops the unit),
    writing to the socket ``request["socket"]``."""
    channel = Channel(request["socket"])
    session = WrittenSession(key=b"")
    session.channel = channel
    captures = {"stdout": FdCapture(1), "stderr": FdCapture(2)}
    sys.stdout = CellStream("stdout", session, captures["stdout"])
    sys.stderr = CellStream("stderr", session, captures["stderr"])
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # as ipykernel's init_signal
    shell = ZMQInteractiveShell.instance(
        config=Config(SHELL_CONFIG), compiler_class=XCachingCompiler
    )
    # what IPythonKernel.__init__ gives them; their messages go through session.send
    for part in (shell.displayhook, shell.display_pub):
        part.session = session  # type: ignore[union-attr]
        part.pub_socket = None  # type: ignore[union-attr]
    builtins.input = _refuse_input  # type: ignore[assignment]
    channel.send({"language_info": IPythonKernel.language_info})
    for cell in request["cells"]:
        index, source = cell["index"], cell["source"]
        channel.send({"start": index})
        session.send(
            None, "execute_input", {"code": source, "execution_count": shell.execution_count}
        )
        result = shell.run_cell(  # type: ignore[no-untyped-call]
            source, store_history=True, silent=False
        )
        sys.stdout.flush()
        sys.stderr.flush()
        err = (
            result.error_before_exec
            if result.error_before_exec is not None
            else result.error_in_exec
        )
        if result.success and not getattr(shell, "_last_traceback_during_displayhook", False):
            reply: dict[str, Any] = {"status": "ok"}
        else:
            reply = {
                "status": "error",
                "traceback": shell._last_traceback or [],
                "ename": type(err).__name__,
                "evalue": str(err),
            }
        reply["execution_count"] = shell.execution_count - 1
        channel.send({"end": index, "reply": reply})
        if reply["status"] == "error" and cell["stop_on_error"]:
            break
    channel.send({"done": True})
