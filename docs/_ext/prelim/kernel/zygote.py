"""A process that imports a framework once and forks a fresh process per unit.

Started by ``execute.forked`` once per framework of a build (``python zygote.py tf``). A
kernel started the usual way spends seconds of CPU importing its framework before the
unit's first cell runs, once per unit; forked from here, a unit's process starts with it
imported and nothing else done: no framework has run an operation or created a device,
and no IPython shell exists yet, so each child is as fresh as a new process that has
just run the same imports. (Measured: the imports leave one native thread besides the
main one, started by PyTorch's import and idle in a futex wait; fork copies only the
calling thread, and PyTorch's fork handlers rebuild its thread pools in the child, as for
DataLoader workers. tests/test_execution.py checks that forked units and
ordinary kernels give the same pages.)

Protocol, one JSON object per line: after the imports the zygote prints
``{"ready": [modules]}``; then each request on stdin ``{"unit", "cwd", "env"}`` (the unit
for kernel/shell.py, the folder and environment a kernel would have been started in) is
answered with ``{"pid": n}`` or ``{"error": text}``. End of stdin ends the zygote; the
build kills each unit's process group once the unit is done.
"""

from __future__ import annotations

import ast
import contextlib
import importlib.util
import json
import os
import signal
import sys
import tempfile
import traceback
from collections.abc import Iterator
from pathlib import Path
from types import FrameType, ModuleType
from typing import Any

HERE = Path(__file__).parent
#: the modules a page's hidden setup cell imports, per framework (setup_cell.py)
MODULES = {"torch": ["torch"], "jax": ["jax", "jax.numpy"], "tf": ["tensorflow"]}
#: what ipykernel sets before any user code, so matplotlib (TensorFlow imports pyplot)
#: reads the same backend as in a kernel started the usual way
KERNEL_ENV = {"MPLBACKEND": "module://matplotlib_inline.backend_inline"}


def setup_cell_env_defaults() -> dict[str, str]:
    """The ``os.environ.setdefault(NAME, VALUE)`` lines of setup_cell.py, which a kernel
    runs before importing the frameworks (some are read at import)."""
    tree = ast.parse((HERE / "setup_cell.py").read_text(encoding="utf-8"))
    found = {}
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "setdefault"
            and ast.unparse(node.func.value) == "os.environ"
            and len(node.args) == 2
        ):
            name, value = node.args
            if isinstance(name, ast.Constant) and isinstance(value, ast.Constant):
                found[str(name.value)] = str(value.value)
    return found


def _load_shell() -> ModuleType:
    """kernel/shell.py, by its path: importing it as ``prelim.kernel.shell`` would import
    the extension, and with it Sphinx, into every unit."""
    spec = importlib.util.spec_from_file_location("prelim_unit_shell", HERE / "shell.py")
    assert spec is not None and spec.loader is not None  # a file beside this one
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _reap(signum: int, frame: FrameType | None) -> None:
    """Collect exited units, so none lingers as a zombie."""
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def _unit(request: dict[str, Any], protocol: int, shell: ModuleType) -> None:
    """In the child: run the unit's cells (kernel/shell.py). Never returns."""
    code = 1
    stderr = os.dup(2)  # the build's: the shell captures fd 2 into the cells
    try:
        os.setsid()  # its own process group, which the build kills once it is done
        os.close(protocol)
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)  # the zygote's requests are not the unit's input
        os.close(devnull)
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        if "numpy" in sys.modules:  # a new process seeds NumPy's global generator anew
            sys.modules["numpy"].random.seed()
        sys.argv = ["ipykernel_launcher"]  # what a kernel's cells see, less its options
        shell.run(request["unit"])
        code = 0
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else 0
    except BaseException:  # noqa: BLE001 - reported on the build's stderr
        os.write(stderr, traceback.format_exc().encode(errors="replace"))
    finally:
        os._exit(code)


@contextlib.contextmanager
def _quiet_unless_failing() -> Iterator[None]:
    """Keep what native code prints while importing (TensorFlow's C++ log lines, written
    before its log level applies) off the build's console, unless the import fails."""
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile() as captured:
        os.dup2(captured.fileno(), 2)
        try:
            yield
        except BaseException:
            os.dup2(saved, 2)
            captured.seek(0)
            sys.stderr.write(captured.read().decode(errors="replace"))
            raise
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)


def main(frameworks: list[str]) -> None:
    if sys.path and Path(sys.path[0] or ".").resolve() == HERE:
        del sys.path[0]  # this folder's files (result_types.py, ...) must not shadow others
    for name, value in setup_cell_env_defaults().items():
        os.environ.setdefault(name, value)
    # not the build's MPLBACKEND (setup_cell.py says why): pyplot, imported here by
    # TensorFlow, keeps the backend it started with (measured: the setup cell alone does
    # not bring the figures back in a forked unit)
    os.environ.update(KERNEL_ENV)
    # what IPython's shell sets before a kernel's first cell (init_prompts), so what an
    # import decides by it is decided as in a kernel: TensorFlow's logger writes to stdout
    # at INFO level where sys.ps1 exists, else to stderr (measured: the compilation page's
    # retracing warning came out as stderr in forked units, as stdout in kernels)
    sys.ps1, sys.ps2, sys.ps3 = "In : ", "...: ", "Out: "  # type: ignore[attr-defined]
    imported = []
    with _quiet_unless_failing():
        for fw in frameworks:
            for module in MODULES[fw]:
                __import__(module)
                imported.append(module)
    # the shell's own imports, once; and pyplot, which every unit's setup cell imports
    # besides its framework (~0.6 s each, measured). Not the inline backend: it hooks into
    # the IPython shell as it is imported, and there is none here (measured: a zygote
    # importing it gives units without figures)
    import matplotlib.pyplot  # noqa: F401

    shell = _load_shell()

    signal.signal(signal.SIGCHLD, _reap)
    out = os.fdopen(os.dup(1), "w", buffering=1)
    os.dup2(2, 1)  # stray prints go to stderr (as a kernel's do), never into the protocol
    out.write(json.dumps({"ready": imported}) + "\n")
    for line in sys.stdin:
        try:
            request = json.loads(line)
            pid = os.fork()
        except Exception as err:  # noqa: BLE001 - answered: the build starts it the usual way
            out.write(json.dumps({"error": f"{type(err).__name__}: {err}"}) + "\n")
            continue
        if pid == 0:
            _unit(request, out.fileno(), shell)
        out.write(json.dumps({"pid": pid}) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
