"""Unit kernels forked from zygotes that have each imported one framework once per build.

Where a cold build's time goes (measured on 2 cores): a kernel spends seconds of CPU
importing its framework before its first cell (TensorFlow ~3 s, PyTorch ~2 s, JAX ~1 s),
and every page has one unit per framework. ``kernel/zygote.py`` does each framework's
imports once (one zygote per framework, so a unit's kernel holds its own framework only,
and the three import side by side); each unit's kernel is then forked from its
framework's zygote, a fresh process with the modules loaded and nothing run (see its
docstring for why that is as clean as a new process). jupyter_client still manages each
kernel: a provisioner asks the zygote for the process instead of starting one, and
signals, polls and kills it by pid like any other.

Used by ``parallel`` on Linux without a GPU (a zygote must never have touched a
device, and CUDA does not survive a fork, so GPU builds start kernels the usual way), and
when ``prelim_fork_kernels`` is on (``-D prelim_fork_kernels=0`` turns it off). If a
zygote fails, kernels start the usual way.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from jupyter_client.manager import AsyncKernelManager
from jupyter_client.provisioning.local_provisioner import LocalProvisioner

from ..core.environment import gpus
from ..kernel import FOLDER as KERNEL

if TYPE_CHECKING:
    from jupyter_client.connect import KernelConnectionInfo
    from sphinx.config import Config

ZYGOTE = KERNEL / "zygote.py"


class ZygoteError(RuntimeError):
    pass


def available(config: Config) -> bool:
    """Whether this build can fork its kernels (see the module docstring)."""
    return (
        bool(config.prelim_fork_kernels)
        and sys.platform == "linux"
        and hasattr(os, "fork")
        and not gpus()
    )


class Zygote:
    """The zygote process of one build; ``fork`` may be called from several threads."""

    def __init__(self, frameworks: Iterable[str]) -> None:
        # its stderr is the build's, where kernels write their own
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
            raise ZygoteError("the kernel zygote exited (its error is above)")
        return cast("dict[str, Any]", json.loads(line))

    def fork(self, argv: list[str], cwd: str, env: dict[str, str]) -> int:
        with self.lock:
            if self.ready is None:
                self.ready = self._reply()["ready"]  # waits for the imports, once
            assert self.process.stdin is not None  # a pipe (Popen above)
            self.process.stdin.write(json.dumps({"argv": argv, "cwd": cwd, "env": env}) + "\n")
            self.process.stdin.flush()
            reply = self._reply()
        if "error" in reply:
            raise ZygoteError(reply["error"])
        return cast(int, reply["pid"])

    def close(self) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None  # pipes
        if self.process.poll() is None:
            self.process.stdin.close()  # end of input ends it; its kernels then exit
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process.stdout.close()


def _running(pid: int) -> bool:
    """Whether the process exists and has not exited (the zygote reaps its kernels)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] not in ("Z", "X")


class ForkedProcess:
    """What jupyter_client's LocalProvisioner uses of a Popen, for a forked kernel."""

    stdin = stdout = stderr = None

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None and not _running(self.pid):
            self.returncode = 0  # its status went to the zygote, which reaped it
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        deadline = None if timeout is None else time.monotonic() + timeout
        while self.poll() is None:
            if deadline is not None and time.monotonic() > deadline:
                raise subprocess.TimeoutExpired(f"kernel {self.pid}", timeout or 0.0)
            time.sleep(0.05)
        return self.returncode or 0

    def send_signal(self, signum: int) -> None:
        if self.poll() is None:
            os.kill(self.pid, signum)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)


class ForkProvisioner(LocalProvisioner):
    """LocalProvisioner, with the kernel process forked by the zygote."""

    zygote: Zygote | None = None

    async def launch_kernel(self, cmd: list[str], **kwargs: Any) -> KernelConnectionInfo:
        if self.zygote is not None and cmd[1:3] == ["-m", "ipykernel_launcher"]:
            env = {**(kwargs.get("env") or os.environ)}
            cwd = str(kwargs.get("cwd") or os.getcwd())
            try:
                pid = self.zygote.fork(cmd, cwd, env)
            except ZygoteError as err:
                self.log.warning(f"{err}; starting this kernel the usual way")
            else:
                # what LocalProvisioner uses of a Popen (see ForkedProcess)
                self.process = ForkedProcess(pid)  # type: ignore[assignment]
                self.pid = self.pgid = pid  # the kernel leads its own process group
                self.cwd = cwd
                return self.connection_info
        return await super().launch_kernel(cmd, **kwargs)


def kernel_manager_class(zygote: Zygote) -> type[AsyncKernelManager]:
    """A kernel manager class whose kernels come from ``zygote``."""

    class ForkedKernelManager(AsyncKernelManager):
        async def _async_pre_start_kernel(self, **kw: Any) -> tuple[list[str], dict[str, Any]]:
            self.kernel_id = self.kernel_id or kw.pop("kernel_id", str(uuid.uuid4()))
            if self.provisioner is None:
                self.provisioner = ForkProvisioner(
                    kernel_id=self.kernel_id, kernel_spec=self.kernel_spec, parent=self
                )
                self.provisioner.zygote = zygote
            return await super()._async_pre_start_kernel(**kw)

    return ForkedKernelManager
