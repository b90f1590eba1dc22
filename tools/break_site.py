"""Break each reader-facing feature of the built site once and check its test fails.

A test that cannot fail guards nothing. Each entry below breaks one feature on a copy of
the built site (hard links, so copies are cheap; a changed file is unlinked first, so the
original stays intact) and runs the tests that guard it with ``PRELIM_SITE`` pointing at
the copy. A break of what the tests read from the sources (a snippet) edits that file and
restores it once its tests ran. Every run must fail; one that passes is reported, and
the script exits 1.

    nox -s breaks                     # all 28 of them (3 minutes on 2 cores; the
                                      # disagreeing solution reruns every snippet)
    nox -s breaks -- 3 10             # just these (numbered as listed)

It reads build/html as ``nox -s docs`` left it (or ``--site DIR``) and never changes it.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def fresh_copy(site: Path, work: Path, n: int) -> Path:
    dest = work / f"site{n}"
    subprocess.run(["cp", "-al", str(site), str(dest)], check=True)
    return dest


def rewrite(path: Path, change) -> None:
    """Replace a file of the copy with ``change(its text)`` (never the shared original)."""
    text = path.read_text(encoding="utf-8")
    new = change(text)
    assert new != text, f"the break did not change {path.name}: update tools/break_site.py"
    path.unlink()  # a hard link to build/html: unlink first
    path.write_text(new, encoding="utf-8")


def replace(page: str, old: str, new: str):
    return lambda site: rewrite(site / page, lambda t: t.replace(old, new))


def substitute(page: str, pattern: str, new: str, flags=0):
    return lambda site: rewrite(
        site / page, lambda t: re.sub(pattern, new, t, count=1, flags=flags)
    )


def add_to_article(page: str, html: str):
    return replace(page, "</article>", html + "</article>")


def figures(site: Path, page: str) -> list[Path]:
    html = (site / f"{page}.html").read_text(encoding="utf-8")
    return [
        site / src
        for src in dict.fromkeys(re.findall(r'<img alt="[^"]*" src="(_images/[^"]+\.png)"', html))
    ]


def truncate_figures(page: str):
    def brk(site):
        for path in figures(site, page):
            path.unlink()
            path.write_bytes(b"\x89PNG\r\n")

    return brk


def transparent_corner(page: str):
    def brk(site):
        from PIL import Image

        path = figures(site, page)[0]
        with Image.open(path) as im:
            rgba = im.convert("RGBA")
        rgba.putpixel((0, 0), (0, 0, 0, 0))
        path.unlink()
        rgba.save(path)

    return brk


def clear_outputs(notebook: str):
    def brk(site):
        path = site / notebook
        nb = json.loads(path.read_text(encoding="utf-8"))
        for cell in nb["cells"]:
            if cell["cell_type"] == "code":
                cell["outputs"] = []
        path.unlink()
        path.write_text(json.dumps(nb), encoding="utf-8")

    return brk


def drop_a_snippet(archive: str):
    def brk(site):
        path = site / archive
        with zipfile.ZipFile(path) as zf:
            members = {n: zf.read(n) for n in zf.namelist()}
        del members[min(n for n in members if n.endswith(".py"))]
        path.unlink()
        with zipfile.ZipFile(path, "w") as zf:
            for name, data in members.items():
                zf.writestr(name, data)

    return brk


def solution_raises(page: str):
    """The first solution's first tab shows a traceback, as if its snippet no longer ran."""

    def brk(site):
        def change(text):
            start = text.index('<div class="solution')
            at = text.index('<div class="cell_output', start)
            end = text.index("</pre>", at)
            for _ in range(3):  # the highlight, the output and the cell_output divs
                end = text.index("</div>", end) + len("</div>")
            return (
                text[:at] + '<div class="cell_output docutils container"><pre>Traceback '
                "(most recent call last):\nNameError: name 'X' is not defined</pre></div>"
                + text[end:]
            )

        rewrite(site / f"{page}.html", change)

    return brk


def edit_snippet(snippet: str, old: str, new: str):
    """Change a snippet file in the source tree (the agreement tests run the sources, not
    the site); the change is undone after its tests ran."""

    def brk(site):
        path = ROOT / "snippets" / snippet
        original = path.read_text(encoding="utf-8")
        assert old in original, f"the break did not change {snippet}: update tools/break_site.py"
        path.write_text(original.replace(old, new), encoding="utf-8")
        return lambda: path.write_text(original, encoding="utf-8")

    return brk


TABS_JS = "_static/design-tabs.js"
VIEW_JS = "_static/prelim-view.js"
TABSTOPS_JS = "_static/prelim-tabstops.js"
BROWSER = "tests/test_browser.py::"
PAGES = "tests/test_pages.py::"
LINKS = "tests/test_links_and_assets.py::"
DOWNLOADS = "tests/test_downloads.py::"
EXERCISES = "tests/test_exercises.py::"
COMPARE = "tests/test_compare.py::"
EMPTY_INDEX = (
    'Search.setIndex({"alltitles":{},"docnames":[],"envversion":{},"filenames":[],'
    '"indexentries":{},"objects":{},"objnames":{},"objtypes":{},"terms":{},'
    '"titles":[],"titleterms":{}})'
)
COPY_TARGET = (
    "var target = document.querySelector(trigger.attributes['data-clipboard-target'].value)"
)

#: (what breaks, how, the tests that must then fail)
BREAKS = [
    (
        "tab sync: a click no longer switches the other tab sets",
        replace(TABS_JS, 'input.addEventListener("change", onSDInputChange);', ";"),
        [BROWSER + "test_choosing_a_framework_switches_every_tab_set_and_persists"],
    ),
    (
        "persistence: the choice is no longer stored",
        replace(TABS_JS, "window.localStorage.setItem(storageKeyPrefix + group, id);", ";"),
        [BROWSER + "test_choosing_a_framework_switches_every_tab_set_and_persists"],
    ),
    (
        "?framework= ignored",
        replace(TABS_JS, "new URLSearchParams(window.location.search)", 'new URLSearchParams("")'),
        [BROWSER + "test_framework_query_selects_the_framework[jax]"],
    ),
    (
        "the copy button copies the whole cell, output included",
        replace("_static/copybutton.js", COPY_TARGET, COPY_TARGET + ".closest('.cell')"),
        [BROWSER + "test_copy_button_copies_exactly_the_snippet_and_it_runs"],
    ),
    (
        "the search index emptied",
        lambda site: rewrite(site / "searchindex.js", lambda _: EMPTY_INDEX),
        [BROWSER + "test_search_finds_an_api_name[tensordot-linear_algebra]"],
    ),
    (
        "a script error on calculus.html",
        replace("calculus.html", "</body>", '<script>console.error("a break")</script></body>'),
        [BROWSER + "test_no_console_errors_or_failed_requests[calculus]"],
    ),
    (
        "calculus.html loads an image from another host",
        add_to_article("calculus.html", '<img src="https://example.com/p.png" alt="a remote dot">'),
        [
            BROWSER + "test_page_load_requests_nothing_outside_the_site[calculus]",
            LINKS + "test_page_loads_no_remote_asset[calculus]",
        ],
    ),
    (
        "MathJax's script removed from calculus.html",
        substitute(
            "calculus.html", r'<script defer="defer" src="_static/mathjax/[^"]*"></script>', ""
        ),
        [BROWSER + "test_math_is_typeset[calculus]"],
    ),
    (
        "an image without alt text (axe)",
        add_to_article("calculus.html", '<img src="_static/file.png">'),
        [BROWSER + "test_no_serious_accessibility_violation[calculus]"],
    ),
    (
        "code unreadable in Compare only (contrast in the examples' frames)",
        replace(
            "data_manipulation.html",
            "</head>",
            "<style>.prelim-compare pre, .prelim-compare pre span {color: #eee !important}"
            "</style></head>",
        ),
        [COMPARE + "test_marked_code_keeps_its_contrast[light]"],
    ),
    (
        "a block 1200 px wide (phone width)",
        add_to_article("calculus.html", '<div style="width:1200px">too wide for a phone</div>'),
        [BROWSER + "test_readable_on_a_phone_in_the_dark_theme[calculus]"],
    ),
    (
        "dark grey text on the dark theme (contrast)",
        add_to_article("index.html", '<p style="color:#1a1a1a">unreadable on the dark theme</p>'),
        [BROWSER + "test_readable_on_a_phone_in_the_dark_theme[index]"],
    ),
    (
        "the gaussian page's figures truncated",
        truncate_figures("gaussian"),
        [BROWSER + "test_figures_in_the_dark_theme"],
    ),
    (
        "a broken internal link",
        add_to_article("calculus.html", '<a href="nowhere.html#nothing">nowhere</a>'),
        [LINKS + "test_no_broken_internal_link_anchor_or_image[calculus]"],
    ),
    (
        "a figure's alt text emptied",
        substitute("calculus.html", r'<img alt="[^"]*" src="_images', '<img alt="" src="_images'),
        [PAGES + "test_every_figure_has_descriptive_alt_text[calculus]"],
    ),
    (
        "a figure with a transparent corner",
        transparent_corner("calculus"),
        [PAGES + "test_figures_stay_readable_on_the_dark_theme[calculus]"],
    ),
    (
        "calculus.html's meta description removed",
        substitute("calculus.html", r'<meta name="description"[^>]*>', ""),
        [LINKS + "test_pages_have_titles_descriptions_and_a_favicon"],
    ),
    (
        "calculus's JAX notebook without outputs",
        clear_outputs("downloads/calculus/calculus_jax.ipynb"),
        [DOWNLOADS + "test_chapter_offers_a_notebook_per_framework_with_outputs[calculus]"],
    ),
    (
        "a snippet missing from calculus's zip",
        drop_a_snippet("downloads/calculus/calculus_snippets.zip"),
        [DOWNLOADS + "test_chapter_offers_its_snippets_as_py_files[calculus]"],
    ),
    (
        "calculus's row of the execution report removed",
        substitute(
            "execution_report.html",
            r'<tr[^>]*>(?:(?!</tr>).)*href="calculus.html"(?:(?!</tr>).)*</tr>',
            "",
            re.S,
        ),
        [PAGES + "test_execution_report_lists_every_chapter_and_the_environment"],
    ),
    (
        "TensorFlow's retracing warning dropped from compilation.html",
        replace("compilation.html", "WARNING:tensorflow:5 out of the last 5 calls to", ""),
        [PAGES + "test_compilation_page_shows_the_retracing_warning_its_text_promises"],
    ),
    (
        "a solution that no longer runs (a traceback in its tab)",
        solution_raises("data_manipulation"),
        [EXERCISES + "test_every_exercise_has_a_solution_that_ran[data_manipulation]"],
    ),
    (
        "a solution that disagrees across frameworks (its TensorFlow snippet changed)",
        edit_snippet(
            "data_manipulation/ex_broadcast_3d_tf.py", "tf.range(4.0)", "tf.range(1.0, 5.0)"
        ),
        [
            "tests/test_agreement.py::test_frameworks_agree_or_differ_as_declared"
            "[data_manipulation/ex_broadcast_3d]"
        ],
    ),
    (
        "code a framework choice shows keeps the tab stop it had when hidden (none)",
        replace(TABSTOPS_JS, "observer.observe(el)", "el"),
        [BROWSER + "test_code_a_framework_choice_shows_keeps_its_keyboard_access"],
    ),
    (
        "the Compare switch: a click no longer changes the view",
        replace(
            VIEW_JS,
            'button.addEventListener("click", () => {',
            'button.addEventListener("no-click", () => {',
        ),
        [COMPARE + "test_the_switch_changes_every_example_and_is_remembered"],
    ),
    (
        "the Compare choice is no longer stored",
        replace(VIEW_JS, "window.localStorage.setItem(KEY, view);", ";"),
        [COMPARE + "test_the_switch_changes_every_example_and_is_remembered"],
    ),
    (
        "the marking dropped from data_manipulation.html",
        replace("data_manipulation.html", " prelim-differs", ""),
        [COMPARE + "test_arange_marks_the_framework_calls"],
    ),
    (
        "a line every column shares marked (the x of arange)",
        substitute(
            "data_manipulation.html",
            r'(id="example-arange".*?\n)<span class="n">x</span>\n',
            r'\1<span class="n prelim-differs">x</span>\n',
            re.S,
        ),
        [COMPARE + "test_a_line_all_columns_share_is_not_marked[data_manipulation]"],
    ),
]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("numbers", nargs="*", type=int, help="only these breaks")
    parser.add_argument("--site", type=Path, default=ROOT / "build" / "html")
    args = parser.parse_args(argv)
    if not (args.site / "index.html").exists():
        sys.exit(f"no built site in {args.site}: run `nox -s docs` first")
    uncaught = []
    with tempfile.TemporaryDirectory(prefix="prelim-breaks-") as work:
        for n, (what, brk, tests) in enumerate(BREAKS, 1):
            if args.numbers and n not in args.numbers:
                continue
            site = fresh_copy(args.site.resolve(), Path(work), n)
            undo = brk(site)  # a break of a source file returns how to undo it
            try:
                proc = subprocess.run(
                    [
                        sys.executable,
                        "-m",
                        "pytest",
                        *tests,
                        "-q",
                        "-p",
                        "no:cacheprovider",
                        "--tb=line",
                    ],
                    cwd=ROOT,
                    capture_output=True,
                    text=True,
                    env={**os.environ, "PRELIM_SITE": str(site), "PYTEST_ADDOPTS": ""},
                )
            finally:
                if undo is not None:
                    undo()
            out = proc.stdout + proc.stderr
            summary = out.strip().splitlines()[-1] if out.strip() else "(no output)"
            caught = proc.returncode == 1 and " failed" in summary
            if not caught:
                uncaught.append(n)
            why = next(
                (line.strip() for line in out.splitlines() if "Error" in line and "/" in line), ""
            )
            print(
                f"{n:2}. {what}: {'caught' if caught else 'NOT CAUGHT'} ({summary})"
                + (f"\n    {why[:240]}" if why else ""),
                flush=True,
            )
            shutil.rmtree(site, ignore_errors=True)
    if uncaught:
        print(f"breaks no test caught: {uncaught}")
    return 1 if uncaught else 0


if __name__ == "__main__":
    sys.exit(main())
