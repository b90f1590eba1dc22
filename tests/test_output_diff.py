"""What an upgrade changed (tools/output_diff.py, `nox -s diff`): two executions of the
fixture site compared, example by example; only what changed is reported.

The reference is a bundle (as the Pages workflow uploads it), this build the unit store of
a second execution (build/.jupyter_cache, as `nox -s docs` leaves it). Between the two,
one example's output was edited and one figure changed; a `:volatile:` example's output
differs on every run by itself and must be left out; everything else is the same.
"""

from __future__ import annotations

import json

import numpy as np
import output_diff
import pytest

from helpers import JAX_ONLY, build, page, small_site

TIMING = page("Timing", "clock\n:volatile: a clock differs on every run", "steady")
SNIPPETS = {
    **{
        f"timing/clock_{fw}.py": "import time\n\ntime.perf_counter_ns()\n"
        for fw in ("torch", "jax", "tf")
    },
    **{
        f"timing/steady_{fw}.py": "total = sum(range(10))\ntotal\n" for fw in ("torch", "jax", "tf")
    },
}


def execute(site, *extra):
    proc = build(site, *extra, builder="dummy", fresh=True, env=JAX_ONLY)
    assert proc.returncode == 0, proc.log[-3000:]


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    base = tmp_path_factory.mktemp("output_diff")
    reference = small_site(base / "reference", {"timing": TIMING}, SNIPPETS)
    execute(reference, "-D", f"prelim_bundle={base / 'bundle'}")
    this = small_site(base / "this", {"timing": TIMING}, SNIPPETS)
    add = this / "snippets/basics/add_jax.py"
    add.write_text(add.read_text().replace("x + 1", "x + 2"))  # an edited output
    plot = this / "snippets/basics/plot_jax.py"
    # a figure that moved: the line reversed, the axes (and the figure's size) the same
    plot.write_text(plot.read_text().replace("2 * x", "2 * x[::-1]"))
    execute(this)
    out = base / "report"
    status = output_diff.main(
        [
            "--against",
            str(base / "bundle"),
            "--this",
            str(this / "_build" / ".jupyter_cache"),
            "--out",
            str(out),
            "--fail-on-change",
        ]
    )
    return status, json.loads((out / "summary.json").read_text()), out


@pytest.mark.slow
def test_the_edited_output_and_the_moved_figure_and_nothing_else(report):
    status, summary, _ = report
    assert status == 1  # --fail-on-change: something changed
    found = [(c["page"], c["framework"], c["example"], c["kind"]) for c in summary["changes"]]
    assert found == [
        ("basics", "jax", "basics/add", "text"),
        ("basics", "jax", "basics/plot", "figure"),
    ], summary["changes"]
    add, plot = summary["changes"]
    assert "-Array([1, 2, 3], dtype=int32)" in add["diff"], add["diff"]
    assert "+Array([2, 3, 4], dtype=int32)" in add["diff"], add["diff"]
    assert add["code_changed"] and plot["code_changed"]  # here the snippets were edited
    assert plot["diff"] == ""  # the figure's text is the same; its pixels are not
    (figure,) = plot["figures"]
    assert figure["fraction"] > summary["threshold"], figure
    assert figure["why"].endswith("of its pixels changed") and "size" not in figure["why"]
    # unchanged: assign (an exception), the steady example; the clock left out
    assert summary["unchanged"] == 2
    assert summary["ignored"] == [
        {
            "page": "timing",
            "framework": "jax",
            "example": "timing/clock",
            "reason": "volatile: a clock differs on every run",
        }
    ]
    assert summary["only_this"] == summary["only_reference"] == []
    assert summary["compared"] == {"units": 2, "examples": 4}
    assert summary["figures"] == {"compared": 1, "identical": 0, "within_threshold": 0}
    jax_rows = {r["package"]: r for r in summary["versions"] if r["framework"] == "jax"}
    assert jax_rows["jax"]["reference"] == jax_rows["jax"]["this"] != "(none)"
    assert not any(r["changed"] for r in summary["versions"])


@pytest.mark.slow
def test_the_report_page_stands_alone_and_fits_a_phone(report):
    _, _, out = report
    page_html = (out / "index.html").read_text()
    assert '<meta name="viewport" content="width=device-width' in page_html
    assert "white-space: pre-wrap" in page_html
    assert page_html.count('src="data:image/png;base64,') == 3  # before, after, where
    assert "http://" not in page_html and "https://" not in page_html
    summary_md = (out / "summary.md").read_text()
    assert "**2 example outputs changed**" in summary_md
    assert "```diff" in summary_md and "basics/plot" in summary_md


def rgb_png(array) -> bytes:
    return output_diff.png(np.clip(array, 0, 1))


def example(figures, text="3\n"):
    return output_diff.Example(key="c/e", source="e", text=text, figures=figures, volatile=None)


def test_a_figure_changes_past_the_threshold_only():
    blank = np.ones((100, 100, 3))
    speck = blank.copy()
    speck[0, :5] = 0  # 0.05% of the pixels: under the 0.1% threshold
    line = blank.copy()
    line[50, :] = 0  # 1%
    faint = blank.copy()
    faint[:, :] = 0.95  # every pixel, but under the pixel tolerance
    same = output_diff._compare_example
    base = example([rgb_png(blank)])
    assert same(base, example([rgb_png(speck)]), 0.001, 0.1) is None
    assert same(base, example([rgb_png(faint)]), 0.001, 0.1) is None
    moved = same(base, example([rgb_png(line)]), 0.001, 0.1)
    assert moved and moved["kind"] == "figure" and moved["figures"][0]["fraction"] == 0.01
    bigger = same(base, example([rgb_png(np.ones((120, 100, 3)))]), 0.001, 0.1)
    assert (
        bigger
        and bigger["figures"][0]["why"] == "size 100x100 -> 100x120, 0.00% of its pixels changed"
    )  # white on white
    gone = same(base, example([]), 0.001, 0.1)
    assert gone and gone["figures"][0]["why"] == "only in the reference"


def test_the_tools_own_examples():
    """The doctests of tools/output_diff.py (`nox -s doctest` reads docs/ only)."""
    import doctest

    result = doctest.testmod(output_diff)
    assert result.attempted >= 4 and not result.failed, result
