"""Generated reference tables: what each example returns, and the Rosetta index.

A page holds any of three directives::

    ```{prelim-dtypes}
    ```            one row per example: the type of its final value in each framework,
                   as the build's kernels recorded it (see ``check.result_types``);
    ```{prelim-rosetta}
    ```            one row per example: the framework functions each snippet calls, read
                   from the snippets' syntax trees (see ``core.rosetta``);
    ```{prelim-differences}
    ```            the registry of real differences (see ``core.differences``).

Each directive leaves a placeholder, filled when the page is written from what every page
recorded while it was read (``env.metadata``, which Sphinx merges across parallel
readers), so the page is rewritten whenever a page was read. Every row links to its example's tab
set; the Rosetta index and the differences open it in the Compare view, where the calls
and the difference are seen side by side. An example with snippets but on no page is a
build warning: the tables must cover every example.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from docutils import nodes
from sphinx.transforms import SphinxTransform
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective
from sphinx.util.osutil import relative_uri

from ..check.result_types import NOT_EXECUTED
from ..core import differences, exercises, rosetta
from ..core.api_pages import api_url
from ..core.frameworks import FRAMEWORKS
from ..core.priorities import priority
from ..core.reading import build_app
from ..core.snippets import Example, SnippetError, all_examples, relative
from ..render.callouts import inline
from ..render.compare import COMPARE_QUERY
from .tables import outdated_with_any_page, page_order, table

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

logger = logging.getLogger(__name__)
KINDS = {
    "prelim-dtypes": "dtypes",
    "prelim-rosetta": "rosetta",
    "prelim-differences": "differences",
}
RECORDS = "prelim_example_records"  # env.metadata key: the page's examples, as JSON
REFERENCE = "prelim_reference"  # env.metadata key: the page holds a reference table


class prelim_reference(nodes.General, nodes.Element):  # noqa: N801 - docutils node naming
    """Placeholder, replaced when the page is written."""


class ReferenceDirective(SphinxDirective):
    has_content = False

    def run(self) -> list[nodes.Node]:
        self.env.metadata[self.env.docname][REFERENCE] = True
        node = prelim_reference(kind=KINDS[self.name])
        self.set_source_info(node)
        return [node]


def _section_title(node: nodes.Node) -> str:
    while node is not None and not isinstance(node, nodes.section):
        node = node.parent
    if node is None or not node.children or not isinstance(node[0], nodes.title):
        return ""
    return cast(str, node[0].astext())


def _calls(example: Example) -> dict[str, list[str] | str]:
    """Each framework's calls (core.rosetta), or why its snippet could not be read."""
    out: dict[str, list[str] | str] = {}
    for fw in FRAMEWORKS:
        try:
            source = example.snippets((fw,))[fw].source
            out[fw] = rosetta.calls(source, str(example.path(fw)))
        except (SnippetError, SyntaxError) as err:  # the page's build says more
            out[fw] = f"(unreadable: {err})"
    return out


class RecordReferenceRows(SphinxTransform):
    """Note each example on the page: its anchor, its section, what it returned and the
    calls its snippets make (read here, once per read of the page, not on every build)."""

    default_priority = priority("RecordReferenceRows")

    def apply(self, **kwargs: Any) -> None:
        records = []
        root = Path(build_app().confdir) / self.config.prelim_snippets
        for tab_set in self.document.findall(nodes.container):
            if "prelim_example" not in tab_set:
                continue
            types = {}
            for item in tab_set.findall(nodes.container):
                meta = item.get("cell_metadata", {})
                if "framework" in meta and "prelim_result_type" in item:
                    types[meta["framework"]] = item["prelim_result_type"]
            # the split gives the chapter and the name, which mypy cannot count
            example = Example(*tab_set["prelim_example"].split("/", 1), root)  # type: ignore[call-arg]
            for fw in FRAMEWORKS:  # the index shows every framework, executed or not
                self.env.note_dependency(str(example.path(fw)))
            records.append(
                {
                    "example": example.key,
                    "anchor": tab_set["ids"][0],
                    "section": _section_title(tab_set),
                    "types": types,
                    "calls": _calls(example),
                }
            )
        if records:
            self.env.metadata[self.env.docname][RECORDS] = json.dumps(records)


def _reference_pages(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """The tables read every page's records: their pages are rewritten whenever a page was
    read."""
    return outdated_with_any_page(
        app, [doc for doc, meta in env.metadata.items() if meta.get(REFERENCE)]
    )


def collected(env: BuildEnvironment) -> list[tuple[str, dict[str, Any]]]:
    """(page, record) for every example on every page, in reading order."""
    return [
        (doc, record)
        for doc in page_order(env)
        for record in json.loads(env.metadata.get(doc, {}).get(RECORDS, "[]"))
    ]


def _codes(names: list[str], link: bool = False) -> list[nodes.Node]:
    """Names as code, comma-separated; with ``link``, each framework call links to its
    reference page (core.api_pages)."""
    if not names:
        return [nodes.Text("–")]
    out: list[nodes.Node] = []
    for i, name in enumerate(names):
        out += [nodes.Text(", ")] if i else []
        code = nodes.literal(name, name)
        if link and (url := api_url(name)):
            ref = nodes.reference("", "", refuri=url, classes=["prelim-api"])
            ref += code
            code = ref
        out.append(code)
    return out


class _Links:
    def __init__(self, app: Sphinx, docname: str) -> None:
        self.builder, self.here = app.builder, app.builder.get_target_uri(docname)

    def example(
        self, doc: str, record: dict[str, Any], text: str | None = None, compare: bool = False
    ) -> nodes.reference:
        """A link to the example's tabs, or with ``compare`` to the example in the Compare
        view (its frameworks side by side: ``render.compare``)."""
        uri = relative_uri(self.here, self.builder.get_target_uri(doc))
        # Compare is a view of the html site; a PDF links the example itself
        compare = compare and self.builder.format == "html"
        uri += (COMPARE_QUERY if compare else "") + "#" + record["anchor"]
        text = text or record["example"].split("/", 1)[1]
        ref = nodes.reference("", "", internal=True, refuri=uri)
        ref += nodes.literal(text, text)
        return ref

    def page(self, env: BuildEnvironment, doc: str) -> nodes.reference:
        title = env.titles[doc].astext() if doc in env.titles else doc
        uri = relative_uri(self.here, self.builder.get_target_uri(doc))
        return nodes.reference(title, title, internal=True, refuri=uri)


def _by_page(
    env: BuildEnvironment,
    links: _Links,
    make_rows: Callable[[str, list[dict[str, Any]]], list[list[Any]]],
    header: list[str],
    classes: list[str],
    widths: list[int],
) -> list[nodes.Node]:
    """One titled table per page with examples."""
    out: list[nodes.Node] = []
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for doc, record in collected(env):
        by_doc.setdefault(doc, []).append(record)
    for doc, records in by_doc.items():
        title = nodes.rubric()
        title += links.page(env, doc)
        out += [
            title,
            table(header, make_rows(doc, records), ["prelim-reference", *classes], widths),
        ]
    return out or [nodes.paragraph(text="No page of this site has examples.")]


def _example_cell(
    links: _Links, doc: str, record: dict[str, Any], compare: bool = False
) -> list[nodes.Node]:
    cell = [links.example(doc, record, compare=compare)]
    if record["section"]:
        cell += [
            nodes.Text(" "),
            nodes.inline(text=f"({record['section']})", classes=["prelim-section"]),
        ]
    return cell


def dtype_tables(app: Sphinx, docname: str) -> list[nodes.Node]:
    env, links = app.env, _Links(app, docname)
    registry = _registry(app)
    declared = differences.by_example(registry)

    def rows(doc: str, records: list[dict[str, Any]]) -> list[list[Any]]:
        out = []
        for record in records:
            types = [record["types"].get(fw, NOT_EXECUTED) for fw in FRAMEWORKS]
            cells = [[nodes.Text(t)] if t == NOT_EXECUTED else _codes([t]) for t in types]
            aspects = sorted({a for d in declared.get(record["example"], []) for a in d.aspects})
            out.append([_example_cell(links, doc, record), *cells, ", ".join(aspects) or "–"])
        return out

    labels = [fw.label for fw in FRAMEWORKS.values()]
    return _by_page(
        env, links, rows, ["Example", *labels, "Differs in"], ["prelim-dtypes"], [3, 3, 3, 3, 1]
    )


def rosetta_tables(app: Sphinx, docname: str) -> list[nodes.Node]:
    env, links = app.env, _Links(app, docname)

    def rows(doc: str, records: list[dict[str, Any]]) -> list[list[Any]]:
        out = []
        for record in records:
            cells = []
            for fw in FRAMEWORKS:
                calls = record["calls"][fw]
                cells.append(
                    [nodes.Text(calls)] if isinstance(calls, str) else _codes(calls, link=True)
                )
            out.append([_example_cell(links, doc, record, compare=True), *cells])
        return out

    labels = [fw.label for fw in FRAMEWORKS.values()]
    return _by_page(env, links, rows, ["Operation", *labels], ["prelim-rosetta"], [2, 3, 3, 3])


def differences_table(app: Sphinx, docname: str) -> list[nodes.Node]:
    env, links = app.env, _Links(app, docname)
    where = {record["example"]: (doc, record) for doc, record in collected(env)}
    rows = []
    for diff in _registry(app).values():
        examples: list[nodes.Node] = []
        for key in diff.examples:
            examples += [nodes.Text(", ")] if examples else []
            examples.append(
                links.example(*where[key], text=key, compare=True)
                if key in where
                else nodes.literal(key, key)
            )
        rows.append([inline(diff.title), ", ".join(diff.aspects), examples, inline(diff.reason)])
    if not rows:
        return [nodes.paragraph(text="No difference between the frameworks is declared.")]
    return [
        table(
            ["Difference", "Aspects", "Examples", "Why"],
            rows,
            ["prelim-reference", "prelim-differences"],
            [2, 1, 2, 5],
        )
    ]


def _registry(app: Sphinx) -> dict[str, differences.Difference]:
    try:
        return differences.load(differences.registry_path(app).parent, Path(app.confdir))
    except differences.RegistryError:
        return {}  # the pages with examples already warned about it


def _check_coverage(app: Sphinx, env: BuildEnvironment, docname: str, node: nodes.Element) -> None:
    """Every example with snippet files is on some page, so the tables cover it."""
    root = Path(app.confdir) / app.config.prelim_snippets
    if not root.is_dir():
        return
    shown = {record["example"] for _, record in collected(env)}
    shown |= exercises.withheld(env)  # solutions a teacher's build left out: not missing
    for example in all_examples(root):
        if example.key not in shown:
            where = relative(example.path("torch").parent, Path(app.confdir))
            logger.warning(
                f"example {example.key!r} ({where}/{example.name}_*.py) is on no "
                f"page, so the reference tables miss it: add `:example: "
                f"{example.name}` to docs/{example.chapter}.md, or delete its files",
                location=node,
                type="prelim",
                subtype="reference",
            )


def _fill(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    builders = {"dtypes": dtype_tables, "rosetta": rosetta_tables, "differences": differences_table}
    placeholders = list(doctree.findall(prelim_reference))
    tables = [n for n in placeholders if n["kind"] != "differences"]
    if tables:
        _check_coverage(app, app.env, docname, tables[0])
    for node in placeholders:
        node.replace_self(builders[node["kind"]](app, docname))


def setup_reference(app: Sphinx) -> None:
    app.add_node(prelim_reference)
    for name in KINDS:
        app.add_directive(name, ReferenceDirective)
    app.add_transform(RecordReferenceRows)
    app.connect("env-get-updated", _reference_pages)
    app.connect("doctree-resolved", _fill)
