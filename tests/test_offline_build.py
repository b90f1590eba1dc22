"""Once the dependencies are installed, building the site needs no network.

The fixture site is built (without executing, which is the snippets' business and
tested on its own) in a Python whose sockets refuse every host but this machine: a
remote inventory, theme asset or font fetched at build time leaves the guard's message
in the log. (Not under -W: without execution the extension warns that outputs are
missing, which is not what this test is about.)
"""

from __future__ import annotations

import os
import subprocess
import textwrap

import pytest
from sphinx_command import sphinx_build

from helpers import small_site

pytestmark = pytest.mark.slow

#: loaded by every Python the build starts (PYTHONPATH): only loopback and local sockets
GUARD = textwrap.dedent("""
    import socket

    def _check(address):
        if isinstance(address, tuple) and not (
                str(address[0]).startswith("127.") or address[0] in ("::1", "localhost")):
            raise OSError(f"the offline build test refuses a connection to {address}")

    _connect, _connect_ex = socket.socket.connect, socket.socket.connect_ex
    socket.socket.connect = lambda self, a: (_check(a), _connect(self, a))[1]
    socket.socket.connect_ex = lambda self, a: (_check(a), _connect_ex(self, a))[1]
    _getaddrinfo = socket.getaddrinfo

    def _local_only(host, *args, **kwargs):
        if host not in (None, "localhost", "127.0.0.1", "::1", b"localhost"):
            raise socket.gaierror(f"the offline build test resolves no host ({host})")
        return _getaddrinfo(host, *args, **kwargs)

    socket.getaddrinfo = _local_only
""")


def offline_build(tmp_path, extra_conf: str = "") -> subprocess.CompletedProcess:
    site = small_site(tmp_path / "site")
    if extra_conf:
        with (site / "conf.py").open("a") as f:
            f.write(extra_conf)
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(GUARD)
    env = {**os.environ, "PYTHONPATH": str(guard)}
    proc = subprocess.run(
        sphinx_build(site, site / "_build" / "html", "-D", "nb_execution_mode=off", strict=False),
        capture_output=True,
        text=True,
        env=env,
        cwd=site,
        timeout=600,
    )
    proc.log = proc.stdout + proc.stderr
    return proc


def test_the_site_builds_with_no_network(tmp_path):
    proc = offline_build(tmp_path)
    assert proc.returncode == 0, proc.log[-3000:]
    assert "offline build test" not in proc.log, proc.log[-3000:]


def test_the_guard_refuses_the_network(tmp_path):
    """The check can fail: a remote inventory (intersphinx) is refused, and it shows."""
    proc = offline_build(
        tmp_path,
        '\nextensions.append("sphinx.ext.intersphinx")\n'
        'intersphinx_mapping = {"python": ("https://docs.python.org/3", None)}\n',
    )
    assert "offline build test" in proc.log, proc.log[-3000:]
