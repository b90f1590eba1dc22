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
    # the declared differences (fixture_site/snippets/differences.toml): one callout each,
    # right after its example's tab set, before the next section
    assert count(html, r'<div class="prelim-difference') == 2
    assert count(text, r"Frameworks differ: ") == 2
    callout = html.index("Frameworks differ: only PyTorch assigns in place")
    assert html.index('id="example-assign"') < callout < html.index('id="a-figure"')


def _table_rows(html: str, table_class: str) -> list[list[str]]:
    """The body rows of the tables with that class, as cell texts."""
    rows = []
    for table in re.findall(rf'<table class="[^"]*{table_class}[^"]*">(.*?)</table>', html, re.S):
        body = table.split("<tbody>", 1)[1]
        for row in re.findall(r"<tr.*?</tr>", body, re.S):
            cells = re.findall(r"<td.*?</td>", row, re.S)
            rows.append([" ".join(re.sub(r"<[^>]+>", " ", c).split()) for c in cells])
    return rows


def test_reference_tables_cover_every_example(site):
    """The dtype table (measured in the build's kernels), the Rosetta index (read from the
    snippets' syntax trees) and the registry of differences, each row linking its example."""
    root, _ = site
    html = (root / "_build/html/reference.html").read_text()
    assert _table_rows(html, "prelim-dtypes") == [
        ["add (Basics)", "int64", "int32", "int32", "dtype"],
        ["assign (Immutability)", "float32", "raises TypeError", "raises TypeError", "raises"],
        ["plot (A figure)", "figure", "figure", "figure", "–"],
    ]
    assert _table_rows(html, "prelim-rosetta") == [
        ["add (Basics)", "torch.arange", "jnp.arange", "tf.range"],
        ["assign (Immutability)", "torch.zeros", "jnp.zeros", "tf.zeros"],
        ["plot (A figure)", "torch.linspace", "jnp.linspace", "tf.linspace"],
    ]
    assert [row[:3] for row in _table_rows(html, "prelim-differences")] == [
        ["arange gives int64 in PyTorch", "dtype", "basics/add"],
        ["only PyTorch assigns in place", "raises", "basics/assign"],
    ]
    for example, links in (("add", 3), ("assign", 3), ("plot", 2)):
        assert count(html, rf'href="basics.html#example-{example}"') == links
    # the site's search finds an API name on the reference page
    index = (root / "_build/html/searchindex.js").read_text()
    docnames = re.search(r'"docnames":\[(.*?)\]', index).group(1).replace('"', "").split(",")
    hits = re.search(r'"linspac":(\[[\d,]*\]|\d+)', index).group(1)
    assert str(docnames.index("reference")) in re.findall(r"\d+", hits)


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


def test_registry_and_coverage_mistakes_fail_the_build_naming_the_file(tmp_path):
    """A malformed registry entry, and an example that is on no page (so the reference
    tables would miss it), are build errors that say where and what to do."""
    site = copy_fixture(tmp_path / "site")
    registry = site / "snippets/differences.toml"
    registry.write_text(registry.read_text().replace('aspects = ["raises"]',
                                                     'aspects = ["colour"]'))
    for suffix, code in (("torch", "import torch\ntorch.ones(1)\n"),
                         ("jax", "import jax.numpy as jnp\njnp.ones(1)\n"),
                         ("tf", "import tensorflow as tf\ntf.ones(1)\n")):
        (site / f"snippets/basics/extra_{suffix}.py").write_text(code)
    proc = build(site)
    assert proc.returncode != 0
    assert re.search(r"snippets/differences\.toml:9: \[immutable\] has unknown aspect "
                     r"'colour'; use value, dtype or raises", proc.log), proc.log[-3000:]
    assert re.search(r"example 'basics/extra' \(snippets/basics/extra_\*\.py\) is on no page, "
                     r"so the reference tables miss it: add `:example: extra` to "
                     r"docs/basics\.md", proc.log), proc.log[-3000:]
