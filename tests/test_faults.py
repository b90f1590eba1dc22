"""The fault catalogue: each fault a contributor or a machine can cause, injected into a
small copy of the fixture site, must end in a clear error (naming the snippet file, and
its line where there is one, and saying what to do) or in correct output; never in a page
that looks fine but is wrong. CONTRIBUTING.md lists the messages.

The snippet faults share one build of a site whose pages each hold a few faults. Those
pages execute JAX only (PRELIM_FRAMEWORKS=jax, the lightest import): which framework a
broken snippet is written for does not change how the build reports it. Faults of the
environment (a framework not installed, a version change, a corrupt cache, two builds at
once) get their own small builds.

The last faults of the catalogue break the fixture site's own registry of differences
and the pages' coverage of the examples.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

import pytest

from helpers import JAX_ONLY, build, command, html_of, page, small_site, text_of

pytestmark = pytest.mark.slow

#: every cell must finish within this in the shared build; the hanging snippet costs it
#: once (its unit fails ahead of the read, which reports it without running the page
#: again: docs/_ext/prelim/execute/failures.py)
TIMEOUT = 10


def warnings_in(log: str) -> list[str]:
    return [line for line in log.splitlines() if "WARNING" in line or "ERROR" in line]


# -- the shared build: one page per way a page can go wrong ---------------------------

FAULTY_PAGES = {
    # errors the snippets raise, and one that is kept: none stops the kernel
    "errors": page(
        "Errors",
        "deep",
        "syntax",
        "undeclared",
        "unraised",
        "wrong",
        "noisy",
        "ok\nprint('code in the page')",
        "ok2\n:volatile:",
        "after",
    )
    + "```{code-cell}\nprint('a plain cell, in no framework')\n```\n",
    # the kernel is stopped half-way: what ran before stays, what follows is marked
    "hang": page("Hang", "before", "hang", "after"),
    "dies": page("Dies", "before", "die", "after"),
    # snippet files that cannot be loaded: nothing of them reaches the page
    "unloadable": page("Unloadable", "partial", "latin", "empty", "nope"),
}
FAULTY_SNIPPETS = {
    # raised inside the framework: the line named must be the snippet's, not JAX's
    "errors/deep_jax.py": "import jax.numpy as jnp\n\nx = jnp.zeros(3)\nx.reshape(4)\n",
    "errors/syntax_jax.py": "x = 1\ny = (x +\n",
    # an undeclared exception (its message holds quotes), a declared one that does not
    # happen, and the wrong one
    "errors/undeclared_jax.py": (
        "import jax.numpy as jnp\n\nx = jnp.arange(3)\nx + undefined_name\n"
    ),
    "errors/unraised_jax.py": (
        "# raises: TypeError\nimport jax.numpy as jnp\n\nx = jnp.zeros(3)\nx.at[0].set(1.0)\n"
    ),
    "errors/wrong_jax.py": (
        "# raises: TypeError\nimport jax.numpy as jnp\n\nx = jnp.zeros(3)\nx[0] = 1.0 / 0\n"
    ),
    "errors/noisy_jax.py": (
        "import sys\nimport warnings\n\nimport numpy as np\n\n"
        "print('halfway there', file=sys.stderr)\n"
        "warnings.warn('this is deprecated', FutureWarning)\n"
        "np.mean([])  # numpy warns from inside its own files\n"
    ),
    "errors/ok_jax.py": "40 + 2\n",
    "errors/ok2_jax.py": "41 + 2\n",
    "errors/after_jax.py": "'still ' + 'running'\n",
    "hang/before_jax.py": "40 + 2\n",
    # it notes each start in the file the build's environment names (the test counts them)
    "hang/hang_jax.py": (
        "import os\nimport time\n\n"
        "with open(os.environ['PRELIM_FAULTS_STARTS'], 'a') as log:\n"
        "    log.write('started\\n')\n"
        "while True:\n    time.sleep(0.05)\n"
    ),
    "hang/after_jax.py": "'after' * 2\n",
    "dies/before_jax.py": "40 + 2\n",
    "dies/die_jax.py": "import os\n\nprint('about to go')\nos._exit(3)\n",
    "dies/after_jax.py": "'after' * 2\n",
    "unloadable/partial_torch.py": "1\n",  # the JAX file is missing
    "unloadable/partial_tf.py": "1\n",
    "unloadable/latin_jax.py": "# prix en euros\n# co\xfbt: 3 \x80\n1\n".encode("latin-1"),
    "unloadable/empty_jax.py": "\n\n",
}


@pytest.fixture(scope="module")
def faulty(tmp_path_factory):
    site = small_site(
        tmp_path_factory.mktemp("faulty") / "site",
        FAULTY_PAGES,
        FAULTY_SNIPPETS,
        keep_fixture=False,
    )
    starts = {"PRELIM_FAULTS_STARTS": str(site / "hang-starts.log")}
    proc = build(site, "-D", f"nb_execution_timeout={TIMEOUT}", env={**JAX_ONLY, **starts})
    assert proc.returncode != 0, "a site full of faults built without an error"
    return site, proc


SNIPPET_FAULTS = [
    (
        "exception inside a framework call",
        r"snippets/errors/deep_jax\.py:4: raised 'TypeError: [^']*'; fix the snippet",
    ),
    (
        "syntax error",
        r"snippets/errors/syntax_jax\.py:2: raised 'SyntaxError: incomplete input'; fix the "
        r"snippet",
    ),
    (
        "undeclared exception",
        r"snippets/errors/undeclared_jax\.py:4: raised \"NameError: name 'undefined_name' is not "
        r"defined\"; fix the snippet",
    ),
    (
        "declared exception that does not happen",
        r"snippets/errors/unraised_jax\.py: declares `# raises: TypeError` but ran without "
        r"raising",
    ),
    (
        "wrong exception",
        r"snippets/errors/wrong_jax\.py:5: raised 'ZeroDivisionError: float division by zero', "
        r"but the snippet declares `# raises: TypeError`",
    ),
    (
        "code inside an example cell",
        r"docs/errors\.md:\d+: WARNING: an example cell takes no code, only `:example: ok`: "
        r"the code lives in the snippet files",
    ),
    (
        "a plain code cell beside examples",
        r"docs/errors\.md:\d+: WARNING: a code cell on a page with examples must be an example "
        r"\(`:example: name`, its code in snippets/\): each framework's cells execute apart",
    ),
    (
        "`:volatile:` without a reason",
        r"docs/errors\.md:\d+: WARNING: example 'errors/ok2': `:volatile:` needs the reason "
        r"its output changes between builds",
    ),
    (
        "example missing one framework's file",
        r"docs/unloadable\.md:\d+: WARNING: snippets/unloadable/partial_jax\.py: is missing: "
        r"example 'unloadable/partial' needs a JAX version; write it",
    ),
    (
        "snippet file not UTF-8",
        r"docs/unloadable\.md:\d+: WARNING: snippets/unloadable/latin_jax\.py:2: is not valid "
        r"UTF-8 \(invalid start byte at byte \d+\); save the file as UTF-8",
    ),
    (
        "empty snippet file",
        r"docs/unloadable\.md:\d+: WARNING: snippets/unloadable/empty_jax\.py:1: is empty; "
        r"write the example or delete the file",
    ),
    (
        "`:example:` naming no example",
        r"docs/unloadable\.md:\d+: WARNING: snippets/unloadable/nope_\*\.py: no such example "
        r"'nope' in chapter 'unloadable'; check the name after `:example:` \(this chapter "
        r"has: empty, latin, partial\)",
    ),
]


@pytest.mark.parametrize(
    ("fault", "expected"), SNIPPET_FAULTS, ids=[fault for fault, _ in SNIPPET_FAULTS]
)
def test_snippet_fault_is_reported_with_file_line_and_fix(faulty, fault, expected):
    _, proc = faulty
    assert re.search(expected, proc.log), f"{fault}:\n" + "\n".join(warnings_in(proc.log))


def test_unloadable_examples_leave_nothing_half_rendered(faulty):
    site, _ = faulty
    html = html_of(site, "unloadable")
    assert "prelim-example" not in html and "cell_input" not in html


def test_page_goes_on_after_errors_without_local_paths(faulty):
    site, _ = faulty
    text = text_of(html_of(site, "errors"))
    assert "'still running'" in text  # the cells after the errors ran
    assert "42" in text and "43" in text
    assert sys.prefix not in text  # the traceback through JAX names <env>, not the venv


def test_stderr_and_warnings_are_kept_with_paths_hidden(faulty):
    site, _ = faulty
    text = text_of(html_of(site, "errors"))
    assert "halfway there" in text  # the snippet's own stderr: kept
    assert "<cell>:7: FutureWarning: this is deprecated" in text
    assert re.search(
        r"<env>/lib/python3\.\d+/site-packages/numpy/\S+\.py:\d+: RuntimeWarning: "
        r"Mean of empty slice",
        text,
    ), text
    # in the notebooks the build keeps, too, which outputs.py never sees: the executed
    # page and its copy in the execution cache
    kept = [
        site / "_build/jupyter_execute/errors.ipynb",
        *(site / "_build/.jupyter_cache/executed").glob("*/base.ipynb"),
    ]
    outputs = [
        json.dumps([c.get("outputs") for c in json.loads(p.read_text())["cells"]]) for p in kept
    ]
    assert any("halfway there" in o and "Mean of empty slice" in o for o in outputs), kept
    for stored in outputs:
        for local in (sys.prefix, str(Path.home()), "ipykernel_"):
            assert local not in stored, local


@pytest.mark.parametrize(
    ("name", "culprit", "what"),
    [
        (
            "hang",
            r"snippets/hang/hang_jax\.py(:7)?",
            rf"was still running after {TIMEOUT} s \(nb_execution_timeout\), so the build stopped "
            r"this page's kernel; the cells after it were not executed\. To fix: make the snippet "
            r"faster",
        ),
        (
            "dies",
            r"snippets/dies/die_jax\.py",
            r"killed the kernel \(os\._exit, a crash in native code, or the machine ran out of "
            r"memory\); the cells after it were not executed\. To fix: run the snippet alone",
        ),
    ],
    ids=["snippet-hangs", "kernel-dies"],
)
def test_stopped_kernel_names_the_snippet_and_marks_the_rest(faulty, name, culprit, what):
    site, proc = faulty
    assert re.search(rf"docs/{name}\.md:\d+: WARNING: {culprit}: {what}", proc.log), "\n".join(
        warnings_in(proc.log)
    )
    text = text_of(html_of(site, name))
    assert "42" in text  # what ran before is kept
    assert re.search(rf"This build stopped here: {culprit} (was still running|killed)", text)
    # the cell after it did not run, and says so instead of showing nothing
    assert "'afterafter'" not in text
    assert re.search(rf"Not executed: the build stopped at {culprit}, before this cell ran", text)
    assert "KeyboardInterrupt" not in text  # stopping the kernel is not the snippet's error
    assert "The full traceback has been saved in" not in proc.log  # Sphinx did not crash


def test_a_stopped_unit_is_not_executed_again(faulty):
    """The unit that hung is reported from its own run: the read does not execute the
    page again (which would cost a second timeout, all frameworks in one kernel)."""
    site, _proc = faulty
    assert (site / "hang-starts.log").read_text().splitlines() == ["started"]


# -- the environment -----------------------------------------------------------------

OK_PAGE = {"ok": page("OK", "answer")}
OK_SNIPPETS = {"ok/answer_jax.py": "40 + 2\n"}


def test_unknown_framework_choice(tmp_path):
    site = small_site(tmp_path / "site", OK_PAGE, OK_SNIPPETS, keep_fixture=False)
    proc = build(site, env={"PRELIM_FRAMEWORKS": "jax,pytorch"})
    assert proc.returncode != 0
    assert (
        "PRELIM_FRAMEWORKS='jax,pytorch': unknown framework pytorch; use a "
        "comma-separated subset of torch, jax, tf" in proc.log
    ), proc.log[-2000:]


@pytest.fixture(scope="module")
def other_venv(tmp_path_factory) -> Path:
    """A second, real virtualenv: .venv's packages (linked, not copied) minus TensorFlow,
    with NumPy's installed metadata saying 2.4.6.post1, as `pip install` would leave it.

    TensorFlow is absent the way an uninstalled package is: no module and no metadata, so
    ``importlib.util.find_spec`` and ``importlib.metadata`` both see it gone (a shadowing
    package on PYTHONPATH would still be found). NumPy's code is untouched: only the
    version the build keys its cache on changes, which is what an upgrade changes first.
    """
    dest = tmp_path_factory.mktemp("venv") / "venv"
    subprocess.run([sys._base_executable, "-m", "venv", "--without-pip", str(dest)], check=True)
    source = Path(sysconfig.get_paths()["purelib"])
    target = dest / source.relative_to(sys.prefix)
    for entry in source.iterdir():
        if entry.name == "tensorflow" or entry.name.startswith("tensorflow-"):
            continue
        if entry.name.startswith("numpy-") and entry.name.endswith(".dist-info"):
            shutil.copytree(entry, target / entry.name)
            meta = target / entry.name / "METADATA"
            meta.write_text(
                re.sub(
                    r"^Version: .*$",
                    "Version: 2.4.6.post1",
                    meta.read_text(encoding="utf-8"),
                    count=1,
                    flags=re.M,
                )
            )
            continue
        (target / entry.name).symlink_to(entry)
    python = dest / "bin" / "python"
    probe = subprocess.run(
        [
            python,
            "-c",
            "import importlib.util, importlib.metadata as m; "
            "print(importlib.util.find_spec('tensorflow'), m.version('numpy'))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert probe.stdout.split() == ["None", "2.4.6.post1"], probe
    return python


def test_framework_not_installed(tmp_path, other_venv):
    site = small_site(tmp_path / "site", OK_PAGE, OK_SNIPPETS, keep_fixture=False)
    proc = build(site, python=str(other_venv))
    assert proc.returncode != 0
    assert (
        "cannot execute the examples: tf is not installed in this environment. Build "
        "with `nox -s docs` (it installs the pinned stack), or build the others only "
        "with PRELIM_FRAMEWORKS=torch,jax"
    ) in proc.log, proc.log[-2000:]
    # and doing what the message says works there
    proc = build(site, python=str(other_venv), env=JAX_ONLY)
    assert proc.returncode == 0, proc.log[-3000:]
    assert "did not execute PyTorch or TensorFlow" in text_of(html_of(site, "ok"))


def test_version_change_reexecutes_instead_of_serving_the_cache(tmp_path, other_venv):
    site = small_site(
        tmp_path / "site",
        {"versions": page("Versions", "numpy_version")},
        {
            "versions/numpy_version_jax.py": (
                "import importlib.metadata\n\nimportlib.metadata.version('numpy')\n"
            )
        },
        keep_fixture=False,
    )
    first = build(site, env=JAX_ONLY)
    assert first.returncode == 0, first.log[-3000:]
    assert "'2.4.6'" in text_of(html_of(site, "versions"))
    # fresh builds (-E) read the page again, so each asks the execution cache
    again = build(site, env=JAX_ONLY, fresh=True)  # the control: same environment
    assert "versions.md: Using cached notebook" in again.log, again.log[-3000:]
    upgraded = build(site, python=str(other_venv), env=JAX_ONLY, fresh=True)
    assert upgraded.returncode == 0, upgraded.log[-3000:]
    assert "versions.md: Executed unit jax" in upgraded.log
    assert "'2.4.6.post1'" in text_of(html_of(site, "versions"))


@pytest.fixture(scope="module")
def cached_site(tmp_path_factory):
    """A small site built once, so its execution cache holds a real database."""
    site = small_site(
        tmp_path_factory.mktemp("cached") / "site", OK_PAGE, OK_SNIPPETS, keep_fixture=False
    )
    proc = build(site, env=JAX_ONLY)
    assert proc.returncode == 0, proc.log[-3000:]
    return site


def _overwrite_header(db: Path) -> None:
    with db.open("r+b") as f:
        f.write(b"this is not an SQLite database" * 4)


def _truncate(db: Path) -> None:
    with db.open("r+b") as f:
        f.truncate(db.stat().st_size // 2)


@pytest.mark.full  # full tier: builds, corrupts and rebuilds a site twice over
@pytest.mark.parametrize(
    "corrupt", [_overwrite_header, _truncate], ids=["garbage-header", "truncated"]
)
def test_corrupt_cache_database(tmp_path, cached_site, corrupt):
    site = tmp_path / "site"
    shutil.copytree(cached_site, site)
    corrupt(site / "_build" / ".jupyter_cache" / "global.db")
    proc = build(site, env=JAX_ONLY)
    assert proc.returncode != 0
    assert re.search(
        r"the execution cache database _build/\.jupyter_cache/global\.db is "
        r"unreadable \(.+\)\. Delete the folder _build/\.jupyter_cache and build "
        r"again",
        proc.log,
    ), proc.log[-2000:]
    assert "Build stopped!" in proc.log  # stopped by the guard, before SQLite fails in a page
    assert "sqlalchemy" not in proc.log and "reading sources" not in proc.log
    if corrupt is _truncate:
        return  # doing what the message says is checked once, with the other corruption
    shutil.rmtree(site / "_build" / ".jupyter_cache")  # what the message says
    proc = build(site, env=JAX_ONLY)
    assert proc.returncode == 0, proc.log[-3000:]
    assert "42" in text_of(html_of(site, "ok"))


GATE = (
    "import pathlib\nimport time\n\npathlib.Path('../started').touch()\n"
    "while not pathlib.Path('../release').exists():\n    time.sleep(0.05)\n'released'\n"
)


@pytest.mark.full  # full tier: about processes (two builds racing)
def test_two_builds_at_once(tmp_path):
    """While one build runs, a second into the same output, or into another output with
    the same execution cache, fails at once and says why; the first is unharmed."""
    site = small_site(
        tmp_path / "site",
        {"gate": page("Gate", "wait")},
        {"gate/wait_jax.py": GATE},
        keep_fixture=False,
    )
    args, env = command(site, env=JAX_ONLY)
    first = subprocess.Popen(
        args, env=env, cwd=site, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        deadline = time.monotonic() + 120
        while not (site / "started").exists():  # the first build is executing the page
            assert first.poll() is None, first.communicate()[0][-3000:]
            assert time.monotonic() < deadline, "the first build never started its kernel"
            time.sleep(0.1)
        same_output = build(site, env=JAX_ONLY)
        same_cache = build(site, env=JAX_ONLY, out=site / "_build" / "other")
    finally:
        (site / "release").touch()
        log = first.communicate(timeout=300)[0]
    assert first.returncode == 0, log[-3000:]
    assert "'released'" in text_of(html_of(site, "gate"))
    assert same_output.returncode != 0
    assert re.search(
        r"another Sphinx build \(pid \d+\) is using the output folder "
        r"_build/html; wait for it to finish, or build into another folder with "
        r"its own execution cache",
        same_output.log,
    ), same_output.log[-2000:]
    assert same_cache.returncode != 0
    assert re.search(
        r"another Sphinx build \(pid \d+\) is using the execution cache "
        r"_build/\.jupyter_cache; wait",
        same_cache.log,
    ), same_cache.log[-2000:]
    assert not (site / "_build" / "other" / "gate.html").exists()


def test_cell_options_that_are_not_yaml(tmp_path):
    """An `:alt:` text holding ": " is invalid YAML: myst-nb stops the whole build with a
    message naming neither the page nor the fix."""
    site = small_site(
        tmp_path / "site",
        {"ok": page("OK", "answer\n:alt: Density of x: a curve")},
        OK_SNIPPETS,
        keep_fixture=False,
    )
    proc = build(site, env=JAX_ONLY)
    assert proc.returncode != 0
    assert re.search(
        r"docs/ok\.md:5: the options of this code cell cannot be read \(Invalid "
        r"options format \(bad YAML\)\)\. Write one `:name: value` per line, and "
        r"quote a value that holds a colon followed by a space",
        proc.log,
    ), proc.log[-2000:]


# -- the fixture site's registry and coverage, broken ------------------------------------


def test_registry_and_coverage_mistakes_fail_the_build_naming_the_file(tmp_path):
    """A malformed registry entry, and an example that is on no page (so the reference
    tables would miss it), are build errors that say where and what to do."""
    site = small_site(tmp_path / "site")
    registry = site / "snippets/differences.toml"
    registry.write_text(
        registry.read_text().replace('aspects = ["raises"]', 'aspects = ["colour"]')
    )
    for suffix, code in (
        ("torch", "import torch\ntorch.ones(1)\n"),
        ("jax", "import jax.numpy as jnp\njnp.ones(1)\n"),
        ("tf", "import tensorflow as tf\ntf.ones(1)\n"),
    ):
        (site / f"snippets/basics/extra_{suffix}.py").write_text(code)
    proc = build(site, env=JAX_ONLY)
    assert proc.returncode != 0
    assert re.search(
        r"snippets/differences\.toml:9: \[immutable\] has unknown aspect "
        r"'colour'; use value, dtype or raises",
        proc.log,
    ), proc.log[-3000:]
    assert re.search(
        r"example 'basics/extra' \(snippets/basics/extra_\*\.py\) is on no page, "
        r"so the reference tables miss it: add `:example: extra` to "
        r"docs/basics\.md",
        proc.log,
    ), proc.log[-3000:]
