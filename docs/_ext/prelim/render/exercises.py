"""Exercises as the reader sees them (sphinx-exercise, sphinx-togglebutton).

An example in a gated solution expands into one cell per framework like any other
(``read.page``). sphinx-exercise merges the gated nodes into one solution node at
transform priority 10, before ``render.tabs`` (410) wraps the cells, so the tab set lands
inside the solution, and sphinx-togglebutton hides the ``dropdown`` solution until the
reader opens it. Here: those tab sets are marked, exercises are numbered per chapter, and
the teacher's build (``-D hide_solutions=1``) publishes no page source.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.transforms import SphinxTransform
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx_exercise.nodes import solution_node

from ..core.cells import is_example_cell
from ..core.exercises import HIDE, SOLUTION_CLASS
from ..core.priorities import priority

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config
    from sphinx.environment import BuildEnvironment


def in_solution(node: nodes.Node) -> bool:
    parent = node.parent
    while parent is not None:
        if isinstance(parent, solution_node):
            return True
        parent = parent.parent
    return False


def solution_examples(document: nodes.document) -> set[str]:
    """The examples whose cells sit inside a solution of this doctree."""
    return {
        c["cell_metadata"]["example"] for c in document.findall(is_example_cell) if in_solution(c)
    }


class MarkSolutionTabs(SphinxTransform):
    """Give the tab sets inside solutions a class of their own (for styles and tests)."""

    default_priority = priority("MarkSolutionTabs")

    def apply(self, **kwargs: Any) -> None:
        for tab_set in self.document.findall(nodes.container):
            if "prelim_example" in tab_set and in_solution(tab_set):
                tab_set["classes"].append(SOLUTION_CLASS)


def number_per_chapter(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """Exercises numbered 1, 2, ... in each chapter.

    sphinx-exercise numbers them as Sphinx numbers figures: per section number under a
    numbered toctree, else in one count over the whole site (this site's toctree is not
    numbered, and numbering it would number every heading). So once Sphinx has assigned
    the numbers (its toctree collector, on this same event), each page's are renumbered
    in their order; the exercises' titles, the solutions' "Solution to Exercise N" and
    `numref`s all read these. Sphinx's own numbers are kept aside (``_restore_site_numbers``
    gives them back before its collector compares old and new), else every build would
    see changed numbers and rewrite every page with exercises (measured: a no-change
    rebuild went from 1.3 to 3.8 s)."""
    env.prelim_site_fignumbers = copy.deepcopy(  # type: ignore[attr-defined]  # kept on the env
        env.toc_fignumbers
    )
    for by_type in env.toc_fignumbers.values():
        if numbers := by_type.get("exercise"):
            ordered = sorted(numbers, key=numbers.__getitem__)
            by_type["exercise"] = {ident: (n,) for n, ident in enumerate(ordered, 1)}
    return []


def _restore_site_numbers(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """Before Sphinx's collector (env-get-updated, priority 500): the numbers it assigned
    last time, so it compares like with like."""
    saved = getattr(env, "prelim_site_fignumbers", None)
    if saved is not None:
        env.toc_fignumbers = saved
    return []


def _teachers_build(app: Sphinx, config: Config) -> None:
    """A teacher's build publishes no page source: `_sources/<page>.md.txt` would hold the
    solutions the pages leave out."""
    if getattr(config, HIDE, False):
        config.html_copy_source = False


#: the id sphinx-exercise gives the body of every exercise and every solution: the same
#: on each, so a page with two exercises repeats an id (invalid html, found by the Nu
#: checker in tests/test_compare.py)
_BODY_IDS = ("exercise-content", "solution-content")


class UniqueBodyIds(SphinxPostTransform):
    """Each exercise's and solution's body gets an id of its own: ``<its id>-content``."""

    default_priority = priority("UniqueBodyIds")

    def run(self, **kwargs: Any) -> None:
        for section in self.document.findall(nodes.section):
            shared = [i for i in section["ids"] if i in _BODY_IDS]
            if not shared:
                continue
            owner = section.parent
            while owner is not None and not owner.get("ids"):
                owner = owner.parent
            prefix = owner["ids"][0] if owner is not None else self.env.docname
            section["ids"] = [f"{prefix}-content" if i in _BODY_IDS else i for i in section["ids"]]


def setup_exercises(app: Sphinx) -> None:
    app.connect("config-inited", _teachers_build)
    app.connect("env-get-updated", _restore_site_numbers, priority=400)  # before Sphinx's
    app.connect("env-get-updated", number_per_chapter, priority=900)  # after Sphinx's (500)
    app.add_transform(MarkSolutionTabs)
    app.add_post_transform(UniqueBodyIds)
