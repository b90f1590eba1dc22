"""Exercises and their executed solutions (sphinx-exercise; docs/_ext/prelim/core/exercises.py
and render/exercises.py).

On the built site: each chapter has at least its share of exercises (``MINIMUMS``), each
exercise is numbered and has a solution that links back to it, and every solution holds
a PyTorch | JAX | TensorFlow tab set whose code ran (outputs present; a traceback only
where the snippet declares `# raises:`). In Chromium: solutions are hidden on load, open
on click and with the keyboard, show the reader's framework, and pass axe-core. A
teacher's build (``-D hide_solutions=1``) of a small site holds no trace of a solution.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from helpers import PAGES, ROOT, build, small_site
from prelim.core.exercises import examples_in_solutions
from prelim.core.frameworks import FRAMEWORKS
from prelim.core.snippets import Example, read_snippet

#: at least this many exercises per chapter: D2L chapter 2's count for its six sections
#: (45 in all), 4 for each chapter D2L does not have, 3 for documentation (D2L's 2.7 has
#: one). Until every chapter's exercises are written, the chapters still short of theirs
#: fail here, by name.
MINIMUMS = {
    "data_manipulation": 2,
    "data_preprocessing": 5,
    "linear_algebra": 12,
    "calculus": 10,
    "autograd": 8,
    "probability": 8,
    "gaussian": 4,
    "compilation": 4,
    "documentation": 3,
    # Part II, where the frameworks part ways: four each, one a "find the bug"
    "randomness": 4,
    "dtypes": 4,
    "mutation": 4,
    "interop": 4,
    "numerics": 4,
    "timing": 4,
}
#: a tab's sync id -> its framework key
SYNC_IDS = {fw.sync_id: key for key, fw in FRAMEWORKS.items()}


def _soup(site: Path, page: str):
    from bs4 import BeautifulSoup

    return BeautifulSoup((site / f"{page}.html").read_text(encoding="utf-8"), "html.parser")


def _source(page: str) -> str:
    return (ROOT / "docs" / f"{page}.md").read_text(encoding="utf-8")


#: the pages whose sources have exercises, besides those the minimums name
EXERCISE_PAGES = sorted(set(MINIMUMS) | {p for p in PAGES if "{exercise}" in _source(p)})


def test_minimums_cover_the_d2l_chapters():
    d2l = [
        "data_manipulation",
        "data_preprocessing",
        "linear_algebra",
        "calculus",
        "autograd",
        "probability",
    ]
    assert sum(MINIMUMS[c] for c in d2l) >= 45, "D2L's chapter 2 has 45 exercises"


@pytest.mark.parametrize("page", sorted(MINIMUMS))
def test_chapter_has_its_exercises(real_site, page):
    assert page in PAGES, f"no page docs/{page}.md"
    found = len(_soup(real_site, page).select("div.exercise"))
    assert found >= MINIMUMS[page], (
        f"{page}.html has {found} exercises, fewer than the {MINIMUMS[page]} "
        "tests/test_exercises.py MINIMUMS asks for"
    )


def _title(node) -> str:
    return node.select_one(".admonition-title").get_text(" ", strip=True)


@pytest.mark.parametrize("page", EXERCISE_PAGES)
def test_every_exercise_has_a_solution_that_ran(real_site, page):
    """Numbered 1, 2, ... in the chapter, each solved below it, in three tabs with output."""
    soup = _soup(real_site, page)
    exercises = soup.select("div.exercise")
    solutions = soup.select("div.solution")
    numbers = [re.match(r"Exercise (\d+)", _title(e)) for e in exercises]
    assert all(numbers), f"{page}: unnumbered exercises: {[_title(e) for e in exercises]}"
    assert [int(m.group(1)) for m in numbers] == list(range(1, len(exercises) + 1)), (
        f"{page}: exercises are not numbered 1, 2, ... in the chapter"
    )
    solved = {}
    for solution in solutions:
        assert "dropdown" in solution["class"], f"{page}: a solution is not hidden (dropdown)"
        back = [a["href"] for a in solution.select(".admonition-title a[href]")]
        assert len(back) == 1 and back[0].startswith("#"), (
            f"{page}: solution {_title(solution)!r} does not link back to its exercise"
        )
        solved[back[0][1:]] = solution
    for exercise, m in zip(exercises, numbers, strict=True):
        ident = exercise.get("id")
        assert ident and ident.startswith(f"ex-{page}-"), (
            f"{page}: exercise {_title(exercise)!r} needs `:label: ex-{page}-<slug>`"
        )
        assert ident in solved, f"{page}: exercise {ident} has no solution"
        assert f"Exercise {m.group(1)}" in _title(solved[ident])
        _check_ran(page, ident, solved[ident])
    solution_examples = examples_in_solutions(_source(page))
    assert len(solution_examples) >= len(exercises), (
        f"{page}: every solution needs an `:example:` cell (code in all three frameworks)"
    )


def _check_ran(page: str, ident: str, solution) -> None:
    tab_sets = solution.select("div.sd-tab-set.prelim-example")
    assert tab_sets, f"{page}: the solution of {ident} has no framework tabs"
    for tab_set in tab_sets:
        labels = [lab.get("data-sync-id") for lab in tab_set.select(":scope > label")]
        assert labels == list(SYNC_IDS), f"{page} {ident}: tabs {labels}"
        example = tab_set["id"].removeprefix("example-").replace("-", "_")
        for sync_id, content in zip(
            labels, tab_set.select(":scope > div.sd-tab-content"), strict=True
        ):
            where = f"{page} {ident} ({sync_id})"
            assert content.select_one(".cell_input"), f"{where}: no code"
            outputs = content.select(".cell_output")
            assert outputs and (
                outputs[0].get_text(strip=True)  # a value, or a figure
                or outputs[0].select_one("img")
            ), f"{where}: no output"
            text = " ".join(o.get_text(" ", strip=True) for o in outputs)
            if "Traceback" in text or re.search(r"\w+Error\b.*Traceback", text):
                path = Example(page, example).path(SYNC_IDS[sync_id])
                assert read_snippet(path, SYNC_IDS[sync_id]).raises, (
                    f"{where}: the solution raised, and {path.name} declares no `# raises:`"
                )


def test_exercises_can_be_referenced_from_the_text(real_site):
    """A {ref}`ex-...` in a chapter's prose resolves to the exercise's anchor."""
    linked = 0
    for page in EXERCISE_PAGES:
        if page not in PAGES:
            continue
        soup = _soup(real_site, page)
        ids = {e["id"] for e in soup.select("div.exercise[id]")}
        for a in soup.select("article a[href^='#ex-']"):
            if a.find_parent("div", class_="solution"):
                continue  # the solutions' own links back
            assert a["href"][1:] in ids, f"{page}: {a['href']} names no exercise"
            linked += 1
    assert linked, "no chapter's text refers to one of its exercises with {ref}`ex-...`"


@pytest.mark.parametrize("page", [p for p in EXERCISE_PAGES if "{exercise}" in _source(p)])
def test_downloads_carry_the_exercises_and_the_solutions_apart(real_site, page):
    """The chapter's notebooks hold the exercises' text and no solution; a notebook per
    framework holds the solutions, each cell the solution's snippet with its output."""
    import nbformat

    links = {a["href"] for a in _soup(real_site, page).select("a.prelim-download")}
    solved = examples_in_solutions(_source(page))
    titles = [_title(e) for e in _soup(real_site, page).select("div.exercise")]
    for sync_id, fw in SYNC_IDS.items():
        chapter = nbformat.read(real_site / f"downloads/{page}/{page}_{sync_id}.ipynb", 4)
        text = "".join(c.source for c in chapter.cells if c.cell_type == "markdown")
        for title in titles:  # by number: a title's math and quotes render apart in html
            number = re.match(r"Exercise \d+", title).group(0)
            assert f"**{number} (" in text or f"**{number}.**" in text, (
                f"{page} ({sync_id}): {title!r} is not in the notebook"
            )
        assert "solution-start" not in text and "{exercise}" not in text
        code = [c.source for c in chapter.cells if c.cell_type == "code"]
        url = f"downloads/{page}/{page}_solutions_{sync_id}.ipynb"
        assert url in links, f"{page}.html does not link {url}"
        answers = nbformat.read(real_site / url, 4)
        cells = [
            c
            for c in answers.cells
            if c.cell_type == "code" and "versions" not in c.metadata.get("tags", [])
        ]  # the versions cell
        expected = [Example(page, name).snippets((fw,))[fw].source for name in solved]
        assert [c.source for c in cells] == expected, f"{url}: not the solutions' snippets"
        assert all(c.outputs for c in cells), f"{url}: a solution without output"
        assert not set(expected) & set(code), f"{page} ({sync_id}): a solution in the chapter"


# -- in a browser -----------------------------------------------------------------------

BROWSER_PAGE = "data_manipulation"


@pytest.fixture
def solution_page(browser, server):
    from test_browser import DESKTOP, Visit, page_url

    visit = Visit(browser, page_url(server, BROWSER_PAGE), viewport=DESKTOP)
    yield visit
    visit.close()


def _first_solution(page):
    return page.locator("div.solution").first


def _shown_framework(solution):
    return solution.evaluate("""s => { const i = s.querySelector(
        '.sd-tab-set > input:checked'); return i ? i.nextElementSibling.dataset.syncId : null }""")


@pytest.mark.browser
@pytest.mark.slow
def test_solutions_are_hidden_until_opened_by_click(solution_page):
    page = solution_page.page
    solutions = page.locator("div.solution")
    assert solutions.count() >= MINIMUMS[BROWSER_PAGE]
    for i in range(solutions.count()):
        assert not solutions.nth(i).locator(".sd-tab-set").first.is_visible(), (
            f"solution {i + 1} of {BROWSER_PAGE}.html is visible before it is opened"
        )
    # the reader picks JAX in the chapter's first example; the solution follows
    page.locator(".sd-tab-set.prelim-example").first.locator("label[data-sync-id=jax]").click()
    solution = _first_solution(page)
    solution.locator(".admonition-title").click()
    code = solution.locator(".sd-tab-set .sd-tab-content").nth(1).locator(".cell_input")
    code.wait_for(state="visible", timeout=5_000)
    assert _shown_framework(solution) == "jax" and "jax" in code.inner_text()
    assert solution.locator(".sd-tab-set .cell_output").nth(1).is_visible()
    assert not solution.locator(".sd-tab-set .sd-tab-content").nth(0).is_visible()
    assert not solutions.nth(1).locator(".sd-tab-set").first.is_visible(), (
        "opening one solution opened another"
    )
    solution.locator(".admonition-title").click()
    page.wait_for_timeout(300)
    assert not code.is_visible(), "a second click must hide the solution again"
    assert solution_page.errors == [], solution_page.errors


@pytest.mark.browser
@pytest.mark.slow
def test_a_solution_opens_with_the_keyboard_and_passes_axe(solution_page, browser, server):
    from test_browser import load_allowlist, run_axe, unexplained

    from builtsite import settle

    page = solution_page.page
    page.goto(page.url.split("?")[0] + "?framework=tensorflow")
    settle(page)
    solution = _first_solution(page)
    button = solution.locator("button.toggle-button")
    assert button.get_attribute("aria-expanded") == "false"
    button.focus()
    page.keyboard.press("Enter")
    tabs = solution.locator(".sd-tab-set").first
    tabs.wait_for(state="visible", timeout=5_000)
    assert button.get_attribute("aria-expanded") == "true"
    assert _shown_framework(solution) == "tensorflow"
    page.keyboard.press("Space")  # the same button, still focused, closes it
    page.wait_for_timeout(300)
    assert not tabs.is_visible()
    page.keyboard.press("Space")
    tabs.wait_for(state="visible", timeout=5_000)
    page.wait_for_timeout(500)  # colours still in their transition read as low contrast
    problems = unexplained(run_axe(page), load_allowlist(), set())
    assert not problems, f"{BROWSER_PAGE}.html with a solution open:\n" + "\n".join(problems)


# -- the teacher's build ------------------------------------------------------------------

MARKER = "SOLUTION_MARKER_7431"
EXERCISE_TEXT = "Double the numbers from zero to two."
TEACHER_PAGE = f"""

## Exercises

```{{exercise}} Doubling
:label: ex-basics-double

{EXERCISE_TEXT}
```

```{{solution-start}} ex-basics-double
:class: dropdown
```

The prose of the solution mentions {MARKER}.

```{{code-cell}}
:example: ex_double
```

```{{solution-end}}
```
"""
TEACHER_SNIPPETS = {
    "torch": "import torch\n\n{m} = 2\n{m} * torch.arange(3)\n",
    "jax": "import jax.numpy as jnp\n\n{m} = 2\n{m} * jnp.arange(3)\n",
    "tf": "import tensorflow as tf\n\n{m} = 2\n{m} * tf.range(3)\n",
}


def _every_text(html: Path):
    """(path, text) of every file of a built site, zip members included."""
    for path in sorted(p for p in html.rglob("*") if p.is_file()):
        if path.suffix == ".zip":
            with zipfile.ZipFile(path) as zf:
                for name in zf.namelist():
                    yield f"{path}:{name}", zf.read(name).decode("utf-8", "replace")
        else:
            yield str(path), path.read_bytes().decode("utf-8", "replace")


@pytest.mark.full  # full tier: a whole second build of the fixture site
@pytest.mark.slow
def test_teachers_build_leaves_every_solution_out(tmp_path):
    """The fixture site with one exercise, built with -D hide_solutions=1 under -W: the
    exercise is there; its solution's prose, code and output are nowhere in the html, the
    search index, the page sources or the downloads, and its code never ran."""
    site = small_site(tmp_path / "site")
    conf = site / "conf.py"
    conf.write_text(
        conf.read_text().replace('"prelim"]', '"sphinx_exercise", "sphinx_togglebutton", "prelim"]')
    )
    assert "sphinx_exercise" in conf.read_text()
    page = site / "docs" / "basics.md"
    page.write_text(page.read_text(encoding="utf-8") + TEACHER_PAGE, encoding="utf-8")
    for fw, source in TEACHER_SNIPPETS.items():
        (site / "snippets" / "basics" / f"ex_double_{fw}.py").write_text(
            source.format(m=MARKER), encoding="utf-8"
        )
    proc = build(site, "-D", "hide_solutions=1", fresh=True)
    assert proc.returncode == 0, f"the teacher's build failed:\n{proc.log[-4000:]}"
    html = site / "_build" / "html"
    text = (html / "basics.html").read_text(encoding="utf-8")
    assert EXERCISE_TEXT in text and 'id="ex-basics-double"' in text
    assert 'class="solution' not in text
    leaks = [where for where, content in _every_text(html) if MARKER in content]
    assert not leaks, f"the teacher's build shows the solution in: {leaks}"
    executed = [p for p in (site / "_build").rglob("*.ipynb") if MARKER in p.read_text()]
    assert not executed, f"the solution's code was executed: {executed}"
    downloads = html / "downloads" / "basics"
    assert not list(downloads.glob("*solutions*")), "a solutions notebook was written"
    chapter = (downloads / "basics_jax.ipynb").read_text(encoding="utf-8")
    assert EXERCISE_TEXT in chapter, "the chapter's notebook lacks the exercise"
