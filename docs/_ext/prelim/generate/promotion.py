"""A dtype-promotion table made from what an example's snippets returned at build time.

A page that holds an example whose three snippets each end with a table of result dtypes
(``{left dtype: "the dtype of left + right, for each right dtype in the keys' order"}``;
a pair a framework refuses gives its exception's name) shows the three side by side with::

    ```{prelim-promotion} promotion_table
    ```

One grid, a row per left dtype and a column per right dtype; each cell names the three
frameworks' results, and a cell where they differ carries ``prelim-promotion-differs``.
Nothing in it is written by hand, and nothing runs in Sphinx's process: while the page is
read, a transform parses the outputs its kernels produced (the ``text/plain`` value each
framework's cell returned) and records them in ``env.metadata``; the placeholder the
directive left is filled from that record when the page is written. The example must be
on the directive's page. A framework whose cell is missing, raised, or returned something
that is not such a table is a build warning naming the example, never a silently empty
grid. A framework a subset build (``PRELIM_FRAMEWORKS``) left out is left out of the grid;
a build that executes nothing (``--no-exec``) shows a line saying so in its place.
"""

from __future__ import annotations

import ast
import json
import re
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.transforms import SphinxTransform
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from ..core.cells import is_example_cell, page_was_executed
from ..core.frameworks import FRAMEWORKS
from ..core.priorities import priority
from ..render.one_framework import pdf_framework

if TYPE_CHECKING:
    from sphinx.application import Sphinx

logger = logging.getLogger(__name__)
#: env.metadata key: {example key: {framework: {"names": [...], "cells": [[...]]}
#: or {"error": why}}}, as JSON
RESULTS = "prelim_promotion"
DIFFERS = "prelim-promotion-differs"


# docutils' node classes are untyped (pyproject.toml lets the older modules subclass them)
class prelim_promotion(nodes.General, nodes.Element):  # type: ignore[misc]  # noqa: N801
    """Placeholder (docutils' lower-case node naming), replaced when the page is written."""


class PromotionDirective(SphinxDirective):
    required_arguments = 1
    has_content = False

    def run(self) -> list[nodes.Node]:
        name = self.arguments[0]
        key = name if "/" in name else f"{self.env.docname}/{name}"
        # its page, since a LaTeX build resolves every page inlined in the root document
        node = prelim_promotion(example=key, docname=self.env.docname)
        self.set_source_info(node)
        return [node]


def parse_table(text: str) -> dict[str, Any]:
    """A snippet's returned table as ``{"names", "cells"}``, or ``{"error": why}``.

    >>> parse_table("{'int8': 'int8 int16', 'int16': 'int16 int16'}")
    {'names': ['int8', 'int16'], 'cells': [['int8', 'int16'], ['int16', 'int16']]}
    >>> parse_table("{'int8': 'int8'}")["error"]
    "the row of 'int8' has 1 results for 1 dtypes"
    >>> parse_table("{'int8': 'int8', 'int16': 'int16'}")["error"]
    "the row of 'int8' has 1 results for 2 dtypes"
    >>> parse_table("tensor([1])")["error"]
    'its value is no Python literal (tensor([1]))'
    """
    try:
        value = ast.literal_eval(text.strip())
    except (ValueError, SyntaxError):
        shown = text.strip()
        return {"error": f"its value is no Python literal ({shown[:60]})"}
    if not isinstance(value, dict) or not value:
        return {"error": f"its value is a {type(value).__name__}, not a dict of rows"}
    names = list(value)
    cells = []
    for name, row in value.items():
        results = row.split() if isinstance(row, str) else []
        if not isinstance(name, str) or len(results) != len(names) or len(names) < 2:
            return {
                "error": f"the row of {name!r} has {len(results)} results for {len(names)} dtypes"
            }
        cells.append(results)
    return {"names": names, "cells": cells}


def _returned(cell: nodes.Element) -> str | None:
    """The text of the value a cell returned, or None (it raised, or returned nothing)."""
    if any("traceback" in b["classes"] for b in cell.findall(nodes.literal_block)):
        return None
    for block in cell.findall(nodes.literal_block):
        if "text_plain" in block["classes"]:
            return str(block.astext())
    return None


class RecordPromotionResults(SphinxTransform):
    """Note what each framework's cell of a promotion example returned, parsed."""

    default_priority = priority("RecordPromotionResults")

    def apply(self, **kwargs: Any) -> None:
        wanted = {n["example"] for n in self.document.findall(prelim_promotion)}
        if not wanted:
            return
        record: dict[str, dict[str, Any]] = {key: {} for key in wanted}
        for cell in self.document.findall(is_example_cell):
            meta = cell["cell_metadata"]
            if meta["example"] not in wanted:
                continue
            text = _returned(cell)
            record[meta["example"]][meta["framework"]] = (
                {"error": "its cell raised or returned nothing (not executed?)"}
                if text is None
                else parse_table(text)
            )
        self.env.metadata[self.env.docname][RESULTS] = json.dumps(record)


def _warn(node: nodes.Element, message: str) -> None:
    logger.warning(message, location=node, type="prelim", subtype="promotion")


#: each cell's lines are labelled short (the caption names the frameworks in full)
SHORT = {"torch": "PT", "jax": "JAX", "tf": "TF"}


def initials(name: str) -> str:
    """An exception's short form in a cell: its capitals (the legend spells it out).

    >>> initials("InvalidArgumentError"), initials("RuntimeError")
    ('IAE', 'RE')
    """
    return "".join(c for c in name if c.isupper()) or name


def _result(result: str, short: dict[str, str]) -> nodes.Node:
    if result in short:  # an exception's name: its initials, the name as the title
        abbr = nodes.abbreviation(short[result], short[result], explanation=result)
        return nodes.literal("", "", abbr, classes=["error"])
    return nodes.literal(result, result, classes=["dtype"])


def _cell(frameworks: list[str], results: list[str], short: dict[str, str]) -> nodes.entry:
    """One grid cell: the frameworks' results, one line each, and the differs class."""
    entry = nodes.entry(classes=[DIFFERS] if len(set(results)) > 1 else [])
    for fw, result in zip(frameworks, results, strict=True):
        para = nodes.paragraph(classes=["prelim-promotion-result", f"prelim-promotion-{fw}"])
        label = nodes.abbreviation(
            SHORT.get(fw, fw),
            SHORT.get(fw, fw),
            explanation=FRAMEWORKS[fw].label,
            classes=["prelim-promotion-fw"],
        )
        para += [label, nodes.Text(" "), _result(result, short)]
        entry += para
    return entry


DTYPE_PREFIXES = {"uint": "u", "int": "i", "bfloat": "bf", "float": "f", "complex": "c"}


def short_dtype(name: str) -> str:
    """A dtype's short form, for a grid a printed page can hold.

    >>> [short_dtype(n) for n in ("bool", "uint8", "int64", "bfloat16", "float32", "complex64")]
    ['b', 'u8', 'i64', 'bf16', 'f32', 'c64']
    """
    if name == "bool":
        return "b"
    found = re.fullmatch(r"(uint|int|bfloat|float|complex)(\d+)", name)
    return DTYPE_PREFIXES[found[1]] + found[2] if found else name


def grid(example: str, tables: dict[str, dict[str, Any]], edition: str = "") -> list[nodes.Node]:
    """The grid; in one framework's PDF edition (``edition``), that framework's results
    alone, in short dtype names (a 13-column grid of three full names a cell is wider
    than a printed page)."""
    everyone = [fw for fw in FRAMEWORKS if fw in tables]
    frameworks = [edition] if edition in everyone else everyone
    names = tables[everyone[0]]["names"]
    label = short_dtype if edition else str
    lookup = {
        fw: {
            (a, b): tables[fw]["cells"][i][j]
            for i, a in enumerate(tables[fw]["names"])
            for j, b in enumerate(tables[fw]["names"])
        }
        for fw in everyone
    }
    # a result that is no dtype name (a capital first) is an exception's name
    errors = sorted({r for t in lookup.values() for r in t.values() if r[:1].isupper()})
    short = {e: initials(e) for e in errors}
    if len(set(short.values())) < len(short):  # two share their initials: spell them out
        short = {e: e for e in errors}
    node = nodes.table(classes=["prelim-promotion"])
    group = nodes.tgroup(cols=len(names) + 1)
    node += group
    group += [nodes.colspec(colwidth=1) for _ in range(len(names) + 1)]
    head, body = nodes.thead(), nodes.tbody()
    group += [head, body]
    row = nodes.row()
    row += nodes.entry("", nodes.paragraph(text="a \\ b"))
    for b in names:
        row += nodes.entry("", nodes.paragraph("", "", nodes.literal(label(b), label(b))))
    head += row
    for a in names:
        row = nodes.row()
        stub = nodes.paragraph("", "", nodes.literal(label(a), label(a)))
        row += nodes.entry("", stub, classes=["stub"])
        for b in names:
            results = [lookup[fw].get((a, b), "?") for fw in everyone]
            cell = _cell(everyone, results, short)  # differs: across all the frameworks
            if edition:
                cell.children = []
                mine = results[everyone.index(edition)]
                cell += nodes.paragraph("", "", _result(label(mine), short))
            row += cell
        body += row
    differing = sum(
        len({lookup[fw].get((a, b)) for fw in everyone}) > 1 for a in names for b in names
    )
    labels = ", ".join(FRAMEWORKS[fw].label for fw in frameworks)
    caption = nodes.paragraph(
        text=f"The dtype of a + b in {labels} (in that order in each cell), for a of the "
        f"row's dtype and b of the column's: {differing} of {len(names) ** 2} pairs differ "
        "(highlighted). Generated from the example's outputs when this page was built.",
        classes=["prelim-promotion-caption"],
    )
    if edition:
        caption = nodes.paragraph(
            text=f"The dtype of a + b in {FRAMEWORKS[edition].label}, for a of the row's "
            f"dtype and b of the column's (b = bool, u = uint, i = int, bf = bfloat, f = "
            f"float, c = complex, with their bits); in {differing} of {len(names) ** 2} "
            "pairs the three frameworks differ (the web edition shows all three side by "
            "side). Generated from the example's outputs when this page was built.",
            classes=["prelim-promotion-caption"],
        )
    wrapper = nodes.container(classes=["prelim-promotion-wrapper"])
    wrapper["ids"] = [f"promotion-{nodes.make_id(example.split('/', 1)[-1])}"]
    wrapper += node
    legend = nodes.paragraph(classes=["prelim-promotion-legend"])
    legend += nodes.Text(
        ", ".join(f"{SHORT.get(fw, fw)} = {FRAMEWORKS[fw].label}" for fw in frameworks)
    )
    for error, abbr in short.items():
        legend += [nodes.Text(f"; {abbr} = "), nodes.literal(error, error)]
    legend += nodes.Text(" (an exception: the framework refuses the pair).") if short else []
    return [caption, wrapper, legend]


def _fill(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    placeholders = list(doctree.findall(prelim_promotion))
    if not placeholders:
        return
    for node in placeholders:
        page = app.env.metadata.get(node["docname"], {})
        record = json.loads(page.get(RESULTS, "{}"))
        example = node["example"]
        if not page_was_executed(app.env, node["docname"]):
            # `--no-exec`: the page says its outputs are absent (check.unexecuted); so is this
            node.replace_self(
                nodes.paragraph(
                    text=f"(The promotion table of {example} is made from the outputs of "
                    "its examples, which this build did not execute.)"
                )
            )
            continue
        tables = record.get(example, {})
        if not tables:
            _warn(
                node,
                f"prelim-promotion: example {example!r} has no cell on this page; "
                "put its `:example:` cell on the directive's page",
            )
        for fw, table in tables.items():
            if "error" in table:
                _warn(
                    node,
                    f"prelim-promotion: example {example!r}: the "
                    f"{FRAMEWORKS[fw].label} result cannot be read: {table['error']}",
                )
        good = {fw: t for fw, t in tables.items() if "error" not in t}
        names = {tuple(t["names"]) for t in good.values()}
        if len(names) > 1:
            _warn(
                node,
                f"prelim-promotion: example {example!r}: the frameworks' tables "
                "list different dtypes; give every snippet the same names",
            )
        if not good or len(names) > 1 or len(good) < len(tables):
            node.replace_self(
                nodes.paragraph(
                    text=f"(The promotion table of {example} could not be made: see the "
                    "build's warnings.)"
                )
            )
            continue
        node.replace_self(grid(example, good, pdf_framework(app.config, app.builder)))


def setup_promotion(app: Sphinx) -> None:
    app.add_node(prelim_promotion)
    app.add_directive("prelim-promotion", PromotionDirective)
    app.add_transform(RecordPromotionResults)
    app.connect("doctree-resolved", _fill)
