"""How pages execute: in parallel, once each, from the execution cache when nothing they
depend on changed, again when a snippet or the device did (and then only that page), in
kernels forked after one import of the frameworks that give the same pages.

Mostly on a two-page site (the fixture's ``basics`` and a small ``more``), built with
``-j 2`` as ``nox -s docs`` builds (prelim.execute.parallel): both pages execute at once
in the main Sphinx process, then the readers find them cached. One module-scoped build,
then rebuilds on top of it, in order. Its pages execute JAX only (the lightest import):
which frameworks a page runs does not change how it is scheduled or cached.
"""

from __future__ import annotations

import re
import shutil
import stat
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from helpers import JAX_ONLY, build, executed, executed_units, html_of, small_site
from html_compare import differences

pytestmark = pytest.mark.slow

MORE_PAGE = "# More\n\nOne more example.\n\n```{code-cell}\n:example: double\n```\n"
MORE_SNIPPETS = {
    f"more/double_{fw}.py": code + "\n"
    for fw, code in {
        "torch": "import torch\n\ntorch.arange(3) * 2",
        "jax": "import jax.numpy as jnp\n\njnp.arange(3) * 2",
        "tf": "import tensorflow as tf\n\ntf.range(3) * 2",
    }.items()
}
#: ipykernel's complaint when a kernel listens on TCP ports (our kernels use IPC sockets)
TCP_WARNING = "Kernel is running over TCP"


@pytest.fixture(scope="module")
def two_pages(tmp_path_factory):
    site = small_site(
        tmp_path_factory.mktemp("parallel") / "site", {"more": MORE_PAGE}, MORE_SNIPPETS
    )
    proc = build(site, "-j", "2", env=JAX_ONLY)
    assert proc.returncode == 0, proc.log[-3000:]
    return site, proc


def test_pages_execute_in_parallel_once_each(two_pages):
    _, proc = two_pages
    assert "executing 2 unit(s) of 2 page(s), 2 at a time" in proc.log
    from prelim.core import environment

    if not environment.gpus():  # one import of the frameworks, then a fork per page
        assert "in processes forked after one import of each framework" in proc.log
    # executed before the read and then found in the cache: never executed twice
    assert executed(proc.log) == ["basics", "more"], proc.log[-3000:]
    assert proc.log.count("Using cached notebook") == 2


def test_prose_page_starts_no_kernel(fresh_fixture_build):
    log = (fresh_fixture_build / "build.log").read_text(encoding="utf-8")
    assert "index.md: Executed" not in log
    assert executed(log) == ["basics"]


def test_kernels_use_ipc_sockets_not_ports(two_pages):
    _, proc = two_pages
    assert TCP_WARNING not in proc.log


def test_outputs_reach_both_pages(two_pages):
    root, _ = two_pages
    more = html_of(root, "more")
    assert "Array([0, 2, 4], dtype=int32)" in more
    assert "Executed when this site was built" in more


def test_compiled_templates_are_kept_for_the_next_build(two_pages):
    root, _ = two_pages  # prelim.builder.template_cache
    assert list((root / "_build/html/.doctrees/jinja-bytecode").glob("*"))


def test_editing_a_snippet_reexecutes_only_its_page(two_pages):
    """A rebuild with nothing changed executes nothing and reads nothing again; after one
    snippet changes, its page alone executes again, and shows the new output."""
    root, _ = two_pages
    noop = build(root, "-j", "2", env=JAX_ONLY)
    assert noop.returncode == 0, noop.log[-3000:]
    assert not executed(noop.log), noop.log[-3000:]
    assert "0 source files that are out of date" in noop.log, noop.log[-3000:]
    path = root / "snippets/more/double_jax.py"
    path.write_text(path.read_text().replace("* 2", "* 3"))
    proc = build(root, "-j", "2", env=JAX_ONLY)
    assert proc.returncode == 0, proc.log[-3000:]
    assert executed(proc.log) == ["more"]
    assert "[0, 3, 6]" in html_of(root, "more")


def test_editing_a_tensorflow_snippet_reexecutes_only_its_unit(fresh_fixture_build, tmp_path):
    """Each framework's cells of a page are a unit of their own, cached by their own key:
    after a TensorFlow snippet changes, only the page's TensorFlow unit runs again, and the
    page shows its new output beside the others' cached ones. (From a copy of the fresh
    build, with its execution cache and unit store: its cold log shows the three units.)"""
    cold = (fresh_fixture_build / "build.log").read_text(encoding="utf-8")
    assert executed_units(cold) == ["basics/jax", "basics/tf", "basics/torch"]
    site = tmp_path / "site"
    shutil.copytree(fresh_fixture_build, site, symlinks=True)
    path = site / "snippets/basics/add_tf.py"
    path.write_text(path.read_text().replace("x + 1", "x + 41"))
    proc = build(site)
    assert proc.returncode == 0, proc.log[-3000:]
    assert executed_units(proc.log) == ["basics/tf"], proc.log[-3000:]
    html = html_of(site, "basics")
    assert "array([41, 42, 43]" in html and "tensor([1, 2, 3])" in html


def fake_gpu_path(folder: Path) -> str:
    """PATH with an `nvidia-smi` that reports a GPU the build will take as present."""
    folder.mkdir()
    smi = folder / "nvidia-smi"
    smi.write_text("#!/bin/sh\necho 'GPU 0: Fake H100 (UUID: GPU-00000000)'\n")
    smi.chmod(smi.stat().st_mode | stat.S_IEXEC)
    return f"{folder}:{Path(sys.executable).parent}:/usr/bin:/bin"


def test_a_cpu_result_is_never_served_on_a_gpu(two_pages, tmp_path):
    """The device is part of the cache key: a GPU build re-executes every page, and the
    CPU build after it takes the CPU outputs from the cache again."""
    root, _ = two_pages
    gpu = build(root, "-j", "2", env={"PATH": fake_gpu_path(tmp_path / "bin"), **JAX_ONLY})
    assert gpu.returncode == 0, gpu.log[-3000:]
    assert "prelim_environment" in gpu.log  # the changed environment re-reads every page
    assert executed(gpu.log) == ["basics", "more"]
    assert "in processes forked" not in gpu.log  # CUDA does not survive a fork: never on a GPU
    stored = (root / "_build/jupyter_execute/more.ipynb").read_text()  # the page's notebook
    assert "gpu=GPU 0: Fake H100" in stored  # the fingerprint in its hidden setup cell
    cpu = build(root, "-j", "2", env=JAX_ONLY)
    assert cpu.returncode == 0, cpu.log[-3000:]
    assert executed(cpu.log) == []  # both pages' CPU outputs are still in the cache
    assert cpu.log.count("Using cached notebook") == 2


def test_the_cache_database_is_created_before_any_reader(tmp_path):
    """With -j, two readers creating the database at once can fail: the main process
    creates it first, even when no page needs executing."""
    from myst_nb.core.config import NbParserConfig

    from prelim.execute import parallel as parallel_execution

    class Env:
        mystnb_config = NbParserConfig(
            execution_mode="cache", execution_cache_path=str(tmp_path / "cache")
        )

    app = SimpleNamespace(config=SimpleNamespace(prelim_executed="", prelim_bundle=""))
    parallel_execution.execute_outdated_pages(app=app, env=Env(), docnames=[])
    assert (tmp_path / "cache" / "global.db").is_file()


@pytest.mark.full  # full tier: about processes (forked kernels)
def test_forked_kernels_give_the_same_pages(fresh_fixture_build, tmp_path):
    """A page run in a kernel forked from the zygote (prelim.execute.forked, the default
    here) reads exactly as one run in a kernel started the usual way: all three
    frameworks, a figure, declared errors."""
    from prelim.core import environment

    if environment.gpus():
        pytest.skip("on a GPU machine kernels are never forked")
    site = small_site(tmp_path / "site")
    proc = build(site, "-D", "prelim_fork_kernels=0")
    assert proc.returncode == 0, proc.log[-3000:]
    assert "in processes forked" not in proc.log
    diffs = differences(fresh_fixture_build / "_build" / "html", site / "_build" / "html")
    assert not diffs, "\n\n".join(diffs)


@pytest.mark.full  # full tier: about processes (forked kernels)
def test_a_forked_kernel_logs_into_the_cell(tmp_path):
    """TensorFlow's Python logger gets its handler when TensorFlow is imported: in the
    zygote, bound to the process's own stdout. In a kernel forked from there, its lines
    must still be the cell's output, as in a kernel started the usual way, and not go to
    the build's console (whence ipykernel's fd capture copies them to the page only when it
    catches them in time: the compilation page once lost its retracing warning so)."""
    from prelim.core import environment

    if environment.gpus():
        pytest.skip("on a GPU machine kernels are never forked")
    line = "logged through tensorflow's own logger"
    site = small_site(tmp_path / "site")
    (site / "snippets/basics/add_tf.py").write_text(
        f'import tensorflow as tf\n\ntf.get_logger().warning("{line}")\nx = tf.range(3)\nx + 1\n'
    )
    proc = build(site)
    assert proc.returncode == 0, proc.log[-3000:]
    assert "in processes forked" in proc.log
    assert line not in proc.log, "the logger wrote past the cell, to the build's stderr"
    html = html_of(site, "basics")
    assert html.count(f"WARNING:tensorflow:{line}") == 1
    # on stdout, as in a kernel: TensorFlow's logger picks its stream by whether sys.ps1
    # exists when it is made, which the shell sets before a kernel's first cell
    assert re.search(
        rf'class="output stream [^"]*"><div class="highlight"><pre><span></span>'
        rf"WARNING:tensorflow:{line}",
        html,
    ), "the logger's line is not the cell's stdout"
