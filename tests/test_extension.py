"""The extension on a tiny fixture site, with exact counts: a silent regression changes a
number. The fixture (tests/fixture_site) has one page with three examples: `add` (plain),
`assign` (JAX and TensorFlow declare TypeError) and `plot` (a figure with alt text)."""

from __future__ import annotations

import re

import pytest

from sitebuild import build, copy_fixture

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("fixture-site")]


def count(html: str, pattern: str) -> int:
    return len(re.findall(pattern, html))


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    site = copy_fixture(tmp_path_factory.mktemp("fixture") / "site")
    proc = build(site)
    assert proc.returncode == 0, proc.log
    return site, proc


def test_tab_sets_tabs_outputs_figures(site):
    root, _ = site
    html = (root / "_build/html/basics.html").read_text()
    assert count(html, r'class="sd-tab-set prelim-example') == 3
    assert count(html, r'data-sync-group="framework"') == 9
    for sync_id, label in [("pytorch", "PyTorch"), ("jax", "JAX"), ("tensorflow", "TensorFlow")]:
        tab = rf'data-sync-id="{sync_id}" for="sd-tab-item-\d+">\s*{label}</label>'
        assert count(html, tab) == 3
    assert count(html, r'class="cell_input') == 9
    assert count(html, r'class="cell_output') == 9  # every tab has its output
    assert count(html, r'<img alt="A straight line through the origin with slope two"') == 3
    assert count(html, r'class="output traceback') == 2  # the declared TypeErrors
    assert "Traceback (most recent call last)" not in html  # shown as the exception line
    text = re.sub(r"<[^>]+>", "", html)
    assert count(text, r"TypeError: JAX arrays are immutable") == 1
    assert count(text, r"TypeError: 'tensorflow.python.framework.ops.EagerTensor' object") == 1
    assert count(text, r"Executed when this site was built") == 1
    assert re.search(r"PyTorch 2\.13\.0 on cpu; JAX 0\.10\.2 on cpu:0; TensorFlow 2\.21\.0 on "
                     r"cpu:0", text)
    assert 'id="example-add"' in html


def test_no_log_noise_and_no_local_paths(site):
    root, _ = site
    html = (root / "_build/html/basics.html").read_text()
    for noise in ("absl::InitializeLog", "cuda_platform.cc", "oneDNN", "cudart_stub",
                  "cpu_feature_guard", str(root), "/root/", "/home/"):
        assert noise not in html


def test_prose_page_starts_no_kernel(site):
    _, proc = site
    assert "index.md: Executed notebook" not in proc.log
    assert count(proc.log, r"basics\.md: Executed notebook") == 1


def test_editing_a_snippet_reexecutes_its_page_only(site):
    root, _ = site
    noop = build(root)
    assert noop.returncode == 0, noop.log
    assert "Executed notebook" not in noop.log and "0 source files that are out of date" in noop.log
    path = root / "snippets/basics/add_jax.py"
    path.write_text(path.read_text().replace("x + 1", "x + 2"))
    edited = build(root)
    assert edited.returncode == 0, edited.log
    assert count(edited.log, r"basics\.md: Executed notebook") == 1
    assert "Array([2, 3, 4], dtype=int32)" in (root / "_build/html/basics.html").read_text()


@pytest.mark.parametrize(
    ("snippet", "old", "new", "expected"),
    [
        ("add_tf.py", "x + 1", "x + undefined_name",
         r"snippets/basics/add_tf\.py:4: raised \"NameError: name 'undefined_name' is not "
         r"defined\"; fix the snippet"),
        ("assign_tf.py", "x[0] = 1.0", "x = tf.Variable(x)",
         r"snippets/basics/assign_tf\.py: declares `# raises: TypeError` but ran without raising"),
        ("assign_jax.py", "x[0] = 1.0", "x[0] = 1.0 / 0",
         r"snippets/basics/assign_jax\.py:5: raised 'ZeroDivisionError: float division by zero', "
         r"but the snippet declares `# raises: TypeError`"),
    ],
    ids=["undeclared-error", "declared-error-missing", "wrong-error"],
)
def test_snippet_errors_fail_the_build_naming_the_file(tmp_path, snippet, old, new, expected):
    site = copy_fixture(tmp_path / "site")
    path = site / "snippets/basics" / snippet
    assert old in path.read_text()
    path.write_text(path.read_text().replace(old, new))
    proc = build(site)
    assert proc.returncode != 0
    assert re.search(expected, proc.log), proc.log[-3000:]
