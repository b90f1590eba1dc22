"""The example pages as built: every example's tab set with its code and output, figures a
reader can see, the provenance line and the execution report, and no log noise or local
path in the text.

Two sites: the real site (``real_site``: $PRELIM_SITE, or build/html brought up to date)
for completeness, and the fixture site (tests/fixture_site, one page with three examples:
`add` plain, `assign` where JAX and TensorFlow declare TypeError, `plot` a figure with
alt text; ``fresh_fixture_build``) for exact counts: a silent regression
changes a number.
"""

from __future__ import annotations

import html as html_lib
import importlib.metadata
import re
from urllib.parse import unquote

import pytest

from conftest import EXAMPLES
from helpers import CHAPTERS, DOCS, ROOT, SYNC_IDS, anchor, html_of, parse, text_of

pytestmark = pytest.mark.slow

LOG_NOISE = [
    "absl::InitializeLog",
    "cuda_platform.cc",
    "cudart_stub",
    "cpu_feature_guard",
    "oneDNN custom operations",
    "Could not find cuda drivers",
    "TF_ENABLE_ONEDNN_OPTS",
    "failed call to cuInit",
    "Unable to register cuDNN",
    "computation_placer",
]
LOCAL_PATHS = [str(ROOT), str(ROOT.parent), "/root/", "/home/", "/tmp/"]


# -- every example, with its code and output ----------------------------------------------


def _installed(*dists: str) -> list[str]:
    """The installed versions, as a regex, so an upgrade passes: the page gives a version
    without its local part (the CPU wheel's "+cpu" suffix)."""
    return [re.escape(importlib.metadata.version(d).split("+")[0]) for d in dists]


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_every_example_is_on_its_page_with_code_and_output(real_site, chapter):
    page = (real_site / f"{chapter}.html").read_text(encoding="utf-8")
    names = sorted(e.name for e in EXAMPLES if e.chapter == chapter)
    for name in names:
        assert f'id="{anchor(name)}"' in page, f"{chapter}: example {name} is not on the page"
    sets = re.split(r'<div class="sd-tab-set prelim-example', page)[1:]
    assert len(sets) == len(names)
    for tab_set in sets:
        tab_set = tab_set.split('<div class="sd-tab-set')[0]
        labels = re.findall(r'data-sync-id="(\w+)"', tab_set)
        assert labels == SYNC_IDS
        assert tab_set.count('class="cell_input') == 3
        assert tab_set.count('class="cell_output') == 3, "a tab without output"


def test_data_manipulation_is_complete(real_site):
    page = (real_site / "data_manipulation.html").read_text(encoding="utf-8")
    assert page.count('class="sd-tab-set prelim-example') >= 15


def test_fixture_page_has_exactly_its_tab_sets_outputs_figures_and_callouts(fresh_fixture_build):
    html = html_of(fresh_fixture_build, "basics")
    count = lambda pattern: len(re.findall(pattern, html))  # noqa: E731
    assert count(r'class="sd-tab-set prelim-example') == 3
    assert count(r'data-sync-group="framework"') == 9
    for sync_id, label in [("pytorch", "PyTorch"), ("jax", "JAX"), ("tensorflow", "TensorFlow")]:
        tab = rf'data-sync-id="{sync_id}" for="sd-tab-item-\d+">\s*{label}</label>'
        assert count(tab) == 3
    assert count(r'class="cell_input') == 9
    assert count(r'class="cell_output') == 9  # every tab has its output
    assert count(r'<img alt="A straight line through the origin with slope two"') == 3
    assert count(r'class="output traceback') == 2  # the declared TypeErrors
    assert "Traceback (most recent call last)" not in html  # shown as the exception line
    text = re.sub(r"<[^>]+>", "", html)
    assert len(re.findall(r"TypeError: JAX arrays are immutable", text)) == 1
    assert (
        len(re.findall(r"TypeError: 'tensorflow.python.framework.ops.EagerTensor' object", text))
        == 1
    )
    assert len(re.findall(r"Executed when this site was built", text)) == 1
    torch, jax, tf = _installed("torch", "jax", "tensorflow")
    assert re.search(rf"PyTorch {torch} on cpu; JAX {jax} on cpu:0; TensorFlow {tf} on cpu:0", text)
    assert 'id="example-add"' in html
    # the declared differences (fixture_site/snippets/differences.toml): one callout each,
    # right after its example's tab set, before the next section
    assert count(r'<div class="prelim-difference') == 2
    assert len(re.findall(r"Frameworks differ: ", text)) == 2
    callout = html.index("Frameworks differ: only PyTorch assigns in place")
    assert html.index('id="example-assign"') < callout < html.index('id="a-figure"')


@pytest.mark.parametrize(
    "which", [pytest.param("real site", marks=pytest.mark.full), "fixture site"]
)
def test_no_log_noise_and_no_local_paths(request, which):
    """Neither the kernels' log lines nor a path of the build machine reach a page: in its
    html, or in its text once tags are gone (a path split by highlighting spans)."""
    if which == "real site":
        site = request.getfixturevalue("real_site")
        needles = LOG_NOISE + LOCAL_PATHS
        pages = list(site.glob("*.html"))
        assert len(pages) >= len(CHAPTERS) + 1
    else:
        site = request.getfixturevalue("fresh_fixture_build")
        needles = [*LOG_NOISE, "oneDNN", *LOCAL_PATHS, str(site)]
        pages = [site / "_build" / "html" / "basics.html"]
    for path in pages:
        html = path.read_text(encoding="utf-8")
        text = html_lib.unescape(re.sub(r"<[^>]+>", "", html))
        for needle in needles:
            assert needle not in html and needle not in text, f"{path.name} contains {needle!r}"


# -- figures ------------------------------------------------------------------------------

_FILE_NAME = re.compile(r"^[\w.\-/]+\.(png|jpe?g|svg|gif|webp)$|^[0-9a-f]{16,}", re.I)


@pytest.mark.parametrize("page", CHAPTERS)
def test_every_figure_has_descriptive_alt_text(real_site, page):
    figures = [img for img in parse(real_site, page).images if "cell_output" in img["ancestors"]]
    bad = [
        f"{img['src']}: alt={img['alt']!r}"
        for img in figures
        if not img["alt"] or _FILE_NAME.search(img["alt"].strip()) or len(img["alt"].split()) < 4
    ]
    assert not bad, (
        f"{page}.html: figures need alt text that describes them (`:alt:` on "
        "the example's cell):\n" + "\n".join(bad)
    )


@pytest.mark.parametrize("page", CHAPTERS)
def test_figures_stay_readable_on_the_dark_theme(real_site, page):
    """A figure with a transparent background would put black axes on a dark page."""
    from PIL import Image

    problems = []
    for img in parse(real_site, page).images:
        if "cell_output" not in img["ancestors"] or not img["src"].endswith(".png"):
            continue
        with Image.open(real_site / unquote(img["src"])) as im:
            rgba = im.convert("RGBA")
            w, h = rgba.size
            for x, y in ((0, 0), (w - 1, 0), (0, h - 1), (w - 1, h - 1)):
                r, g, b, a = rgba.getpixel((x, y))
                if a < 255 or (r + g + b) / 3 < 200:
                    problems.append(f"{img['src']}: corner {(x, y)} is {(r, g, b, a)}")
                    break
    assert not problems, f"{page}.html: figures without an opaque light background:\n" + "\n".join(
        problems
    )


def test_compilation_page_shows_the_retracing_warning_its_text_promises(real_site):
    """The page says TensorFlow's retracing warning is "visible in the output below": a
    line of TensorFlow's Python logger, which units forked from the build's zygote once
    sent to the build's console instead (see test_execution.py)."""
    html = (real_site / "compilation.html").read_text(encoding="utf-8")
    start = html.index('<section id="retracing-python-scalars">')
    section = html[start : html.index("<section", start + 1)]
    assert "visible in the output below" in section
    assert section.count("WARNING:tensorflow:5 out of the last 5 calls to") == 1


# -- provenance: where and with what the examples ran --------------------------------------


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_page_names_versions_and_devices(real_site, chapter):
    text = text_of((real_site / f"{chapter}.html").read_text(encoding="utf-8"))
    torch, jax, tf = _installed("torch", "jax", "tensorflow")
    assert re.search(
        rf"Executed when this site was built: PyTorch {torch} on (cpu|cuda:\d)"
        rf".*; JAX {jax} on (cpu|cuda):\d.*; TensorFlow {tf} on (cpu|gpu):\d",
        text,
    )


def test_execution_report_lists_every_chapter_and_the_environment(real_site):
    text = (real_site / "execution_report.html").read_text(encoding="utf-8")
    rows = re.findall(r"<tr[^>]*>(.*?)</tr>", text, re.S)
    for page in CHAPTERS:
        row = next((r for r in rows if f'href="{page}.html"' in r), None)
        assert row, f"the execution report has no row for {page}"
        assert "succeeded" in row, f"{page}: {re.sub(r'<[^>]+>', ' ', row)}"
        assert re.search(r'<span class="prelim-volatile">\d+\.\d s</span>', row), row
    plain = re.sub(r"<[^>]+>", " ", text)
    for dist in ("torch", "jax", "tensorflow", "numpy"):
        version = importlib.metadata.version(dist)
        assert version in plain, f"the report does not name {dist} {version}"
    assert "execution_report" in (DOCS / "index.md").read_text(), "not in the toctree"
