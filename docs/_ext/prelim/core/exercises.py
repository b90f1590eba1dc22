"""Exercises and their gated solutions, read from a page's Markdown and notebook cells.

A chapter ends with ``## Exercises``: sphinx-exercise's ``exercise`` directive, then a
*gated* solution (``solution-start`` ... ``solution-end``), whose code cells stay at the
top level of the page, where myst-nb executes them (CONTRIBUTING.md, "Adding an
exercise"). This module finds those regions in the text and the cells, for the three
stages that need them: the reader cuts the solutions out in the teacher's build
(``-D hide_solutions=1``: :func:`withhold_solutions`), the reference tables do not call
their examples "on no page" (:func:`withheld`), and the downloads set the solutions apart
in a notebook of their own (:func:`split_notebook`). What the reader sees (the tabs inside
a solution, the numbering per chapter) is ``render.exercises``.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import re
from typing import TYPE_CHECKING, cast

import nbformat
from nbformat import NotebookNode

if TYPE_CHECKING:
    from sphinx.environment import BuildEnvironment

#: the option of sphinx-exercise that leaves solutions out (the teacher's build)
HIDE = "hide_solutions"
#: env.metadata key: the examples of solutions this build left out (JSON-able list)
WITHHELD = "prelim_withheld_examples"
#: classes given to a tab set that sits inside a solution
SOLUTION_CLASS = "prelim-solution"

_OPEN = re.compile(r"^\s*(?P<fence>`{3,}|~{3,}|:{3,})\{(?P<name>[\w-]+)\}\s*(?P<arg>.*?)\s*$")


def _closes(line: str, fence: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and set(stripped) == {fence[0]} and len(stripped) >= len(fence)


@dataclasses.dataclass
class Directive:
    name: str
    argument: str
    options: dict[str, str]
    body: str
    start: int  # line index of the opening fence
    end: int  # line index of the closing fence


def directives(text: str) -> list[Directive]:
    """The top-level MyST directives of a Markdown text, with their options and bodies.

    >>> [d.name for d in directives("a\\n```{exercise} T\\n:label: x\\n\\nDo it.\\n```\\nb")]
    ['exercise']
    >>> directives("```{exercise} T\\n:label: x\\n\\nDo it.\\n```")[0].options
    {'label': 'x'}
    """
    lines, out, i = text.splitlines(), [], 0
    while i < len(lines):
        m = _OPEN.match(lines[i])
        if not m:
            i += 1
            continue
        fence, j = m.group("fence"), i + 1
        while j < len(lines) and not _closes(lines[j], fence):
            j += 1
        inner = lines[i + 1 : j]
        options, k = {}, 0
        while k < len(inner) and (opt := re.match(r"^:([\w-]+):\s*(.*)$", inner[k])):
            options[opt.group(1)] = opt.group(2).strip()
            k += 1
        out.append(
            Directive(
                m.group("name"),
                m.group("arg"),
                options,
                "\n".join(inner[k:]).strip(),
                i,
                min(j, len(lines) - 1),
            )
        )
        i = j + 1
    return out


def examples_in_solutions(text: str) -> list[str]:
    r"""The example names a page's solutions refer to, in page order (for the tests).

    >>> examples_in_solutions("```{solution-start} ex-a\n```\n\n```{code-cell}\n"
    ...     ":example: ex_a\n```\n\n```{solution-end}\n```\n:example: other")
    ['ex_a']
    """
    names, inside = [], False
    for line in text.splitlines():
        if (m := _OPEN.match(line)) and m.group("name") in ("solution-start", "solution-end"):
            inside = m.group("name") == "solution-start"
        elif inside and (m := re.match(r"^:example:\s*(\S+)\s*$", line)):
            names.append(m.group(1))
    return names


# -- the notebook: solutions cut out, or set apart ---------------------------------------


@dataclasses.dataclass
class Solution:
    label: str  # the exercise it solves
    cells: list[NotebookNode]  # its prose (markdown) and code cells, in page order


def split_cells(cells: list[NotebookNode]) -> tuple[list[int], list[Solution], dict[int, str]]:
    """Walk a page's cells: the indices of cells outside solutions, the solutions, and for
    the markdown cells that a solution starts or ends in, their text outside it.

    A gated solution runs from its ``solution-start`` directive to its ``solution-end``
    directive, across cells: the code cells between belong to it."""
    keep, solutions, trimmed = [], [], {}
    current: Solution | None = None
    for index, cell in enumerate(cells):
        if cell.get("cell_type") != "markdown":
            if current is not None:
                current.cells.append(cell)
            else:
                keep.append(index)
            continue
        lines = cell["source"].splitlines()
        outside: list[str] = []
        inside: list[str] = []
        i = 0
        found = {
            d.start: d
            for d in directives(cell["source"])
            if d.name in ("solution-start", "solution-end")
        }
        changed = False
        while i < len(lines):
            d = found.get(i)
            if d is not None and d.name == "solution-start" and current is None:
                current = Solution(d.argument, [])
                solutions.append(current)
                changed, i = True, d.end + 1
                continue
            if d is not None and d.name == "solution-end" and current is not None:
                if prose := "\n".join(inside).strip():
                    current.cells.append(_markdown(prose))
                current, inside = None, []
                changed, i = True, d.end + 1
                continue
            (inside if current is not None else outside).append(lines[i])
            i += 1
        if current is not None and (prose := "\n".join(inside).strip()):
            current.cells.append(_markdown(prose))
            changed = True
        text = "\n".join(outside).strip()
        if changed:
            trimmed[index] = text
        if text or not changed:
            keep.append(index)
    return keep, solutions, trimmed


def _markdown(text: str) -> NotebookNode:
    return cast(NotebookNode, nbformat.v4.new_markdown_cell(text))


def withhold_solutions(
    cells: list[NotebookNode], source_map: list[int]
) -> tuple[list[NotebookNode], list[int], list[str]]:
    """The teacher's build: the page's cells without any solution (prose or code), the
    matching source map, and the example names the solutions referred to."""
    keep, solutions, trimmed = split_cells(cells)
    out_cells, out_map = [], []
    for index in keep:
        cell = cells[index]
        if index in trimmed:
            cell = copy.deepcopy(cell)
            cell["source"] = trimmed[index]
        out_cells.append(cell)
        out_map.append(source_map[index])
    withheld = [
        str(c["metadata"]["example"])
        for s in solutions
        for c in s.cells
        if c.get("cell_type") == "code" and c.get("metadata", {}).get("example")
    ]
    return out_cells, out_map, withheld


def exercises_as_markdown(text: str, numbers: dict[str, int]) -> str:
    """A markdown cell's ``exercise`` directives as Markdown Jupyter shows, numbered in
    page order (``numbers`` maps each label to its number and grows).

    >>> exercises_as_markdown("```{exercise} Shapes\\n:label: ex-a\\n\\nPredict.\\n```", {})
    '**Exercise 1 (Shapes).** Predict.'
    """
    lines = text.splitlines()
    for d in reversed([d for d in directives(text) if d.name == "exercise"]):
        label = d.options.get("label", f"#{len(numbers) + 1}")
        number = numbers.setdefault(label, len(numbers) + 1)
        title = f" ({d.argument})" if d.argument else ""
        lines[d.start : d.end + 1] = [f"**Exercise {number}{title}.** {d.body}"]
    return "\n".join(lines)


def exercise_texts(cells: list[NotebookNode]) -> dict[str, tuple[int, str, str]]:
    """label -> (number, title, text) of every exercise on the page, in page order."""
    out: dict[str, tuple[int, str, str]] = {}
    for cell in cells:
        if cell.get("cell_type") == "markdown":
            for d in directives(cell["source"]):
                if d.name == "exercise":
                    label = d.options.get("label", f"#{len(out) + 1}")
                    out[label] = (len(out) + 1, d.argument, d.body)
    return out


def split_notebook(nb: NotebookNode) -> tuple[NotebookNode, NotebookNode | None]:
    """(chapter, solutions): the page's notebook without its solutions, exercises turned
    into plain Markdown; and a notebook of the solutions, each under its exercise's
    number, title and text (None when the page has no solution)."""
    keep, solutions, trimmed = split_cells(nb.cells)
    exercises = exercise_texts(nb.cells)
    numbers = {label: number for label, (number, _, _) in exercises.items()}
    chapter = copy.deepcopy(nb)
    chapter.cells = []
    for index in keep:
        cell = copy.deepcopy(nb.cells[index])
        if index in trimmed:
            cell["source"] = trimmed[index]
        if cell.cell_type == "markdown":
            cell["source"] = exercises_as_markdown(cell["source"], dict(numbers))
        chapter.cells.append(cell)
    if not solutions:
        return chapter, None
    out = copy.deepcopy(nb)
    out.cells = [c for c in nb.cells if c.get("metadata", {}).get("prelim")]  # provenance
    for solution in solutions:
        number, title, text = exercises.get(solution.label, (None, "", ""))
        heading = f"## Exercise {number}" if number else f"## {solution.label}"
        heading += f": {title}" if title else ""
        out.cells.append(nbformat.v4.new_markdown_cell(f"{heading}\n\n{text}\n\n**Solution.**"))
        out.cells += [copy.deepcopy(c) for c in solution.cells]
    return chapter, out


def withheld(env: BuildEnvironment) -> set[str]:
    """Every example a teacher's build left out, over all pages (``chapter/name``)."""
    out = set()
    for meta in env.metadata.values():
        out.update(json.loads(meta.get(WITHHELD, "[]")))
    return out
