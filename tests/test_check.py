"""check/: what the build says of executed outputs, in-process builds rendering stored
units whose outputs a test edits (tests/in_process.py); nothing executes.

An output that is an undeclared error is a warning naming the snippet file and line; a
declared error that did not happen is one too; and the page keeps what was executed.
"""

from __future__ import annotations

import pytest
from in_process import build_in_process, copy_of, edit_unit, stored_unit

TRACEBACK = [
    "\x1b[0;31m---------------------------------------------------------------------------\x1b[0m",
    "\x1b[0;31mValueError\x1b[0m                                Traceback (most recent call last)",
    "Cell \x1b[0;32mIn[3], line 4\x1b[0m\n\x1b[1;32m----> 4\x1b[0m x \x1b[38;5;241m+\x1b[39m 1",
    "\x1b[0;31mValueError\x1b[0m: broken on purpose",
]


def _cell(nb, snippet: str):
    return next(c for c in nb.cells if c.metadata.get("snippet") == snippet)


@pytest.fixture(scope="module")
def edited(fresh_fixture_build, tmp_path_factory):
    """A copy of the fixture's fresh build whose stored JAX unit of `basics` says that
    `add` raised an undeclared ValueError, and that `assign` (which declares its error)
    raised nothing."""
    site = copy_of(fresh_fixture_build, tmp_path_factory.mktemp("check") / "site")

    def edit(nb):
        _cell(nb, "snippets/basics/add_jax.py").outputs = [
            {"output_type": "error", "ename": "ValueError", "evalue": "broken on purpose",
             "traceback": TRACEBACK}
        ]  # fmt: skip
        _cell(nb, "snippets/basics/assign_jax.py").outputs = [
            {"output_type": "execute_result", "execution_count": 4, "metadata": {},
             "data": {"text/plain": "Array([9, 2, 3], dtype=int32)"}}
        ]  # fmt: skip

    edit_unit(stored_unit(site, "basics", "jax"), edit)
    return build_in_process(site)


def test_an_undeclared_error_is_a_warning_naming_the_snippet_line(edited):
    assert edited.executed == [], "stored units render without executing"
    assert (
        "snippets/basics/add_jax.py:4: raised 'ValueError: broken on purpose'; fix the "
        "snippet, or, if the error is what it teaches, declare it with a "
        "`# raises: ValueError` line" in edited.warnings
    ), edited.warnings


def test_a_declared_error_that_did_not_happen_is_a_warning(edited):
    assert "snippets/basics/assign_jax.py: declares `# raises: " in edited.warnings
    assert "but ran without raising it" in edited.warnings
    assert "Array([9, 2, 3], dtype=int32)" in edited.page("basics")  # shown as it ran


def test_the_other_frameworks_are_untouched(edited):
    warned = [line for line in edited.warnings.splitlines() if "WARNING" in line]
    assert all("_jax.py" in line for line in warned), warned
