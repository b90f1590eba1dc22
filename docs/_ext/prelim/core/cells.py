"""The cells of a page after it is read: which are examples, which are the build's own
hidden cells (and what each is for), and the small reads every stage makes of them.

The reader (``read``) gives each cell its metadata; every later stage asks here.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, cast

from docutils import nodes

from .mystnb_compat import execution_data

if TYPE_CHECKING:
    from sphinx.environment import BuildEnvironment

#: ``prelim`` metadata of the hidden cells the reader adds to a page with examples
SETUP = "setup"  # imports the frameworks, absorbs their log lines, hides local paths
RESULT_TYPES_HOOK = "result-types"  # starts recording what each cell returned
PROVENANCE = "provenance"  # prints versions and devices as JSON
RESULT_TYPES_REPORT = "result-types-report"  # prints the record as JSON
HIDDEN_ROLES = (SETUP, RESULT_TYPES_HOOK, PROVENANCE, RESULT_TYPES_REPORT)

#: the class of an output that may differ between two builds (run times, timing charts);
#: the determinism comparison ignores exactly these
VOLATILE = "prelim-volatile"


def is_example_cell(node: nodes.Node) -> bool:
    """A code cell holding one framework's snippet of an example."""
    return (
        isinstance(node, nodes.container)
        and node.get("nb_element") == "cell_code"
        and "snippet" in node.get("cell_metadata", {})
    )


def role(node: nodes.Node) -> str | None:
    """The hidden role of a cell node (one of HIDDEN_ROLES), or None."""
    if not isinstance(node, nodes.container):
        return None
    return cast("str | None", node.get("cell_metadata", {}).get("prelim"))


def page_was_executed(env: BuildEnvironment, docname: str) -> bool:
    """Whether myst-nb executed the page or took its outputs from the cache."""
    return bool(execution_data(env, docname))


def stream_text(cell: nodes.Element) -> str:
    """What a cell node printed (its stream outputs), as one text."""
    return "".join(
        b.astext() for b in cell.findall(nodes.literal_block) if "stream" in b["classes"]
    )


def last_json_line(text: str) -> dict[str, Any] | None:
    """The JSON object a hidden cell printed as its last line, or None.

    >>> last_json_line('a log line\\n{"torch": 1}\\n')
    {'torch': 1}
    >>> last_json_line("no report") is None
    True
    """
    try:
        value = json.loads(text.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return None
    return value if isinstance(value, dict) else None


def insert_under_title(document: nodes.document, note: nodes.Node) -> None:
    """Put a note right under the page title, where the reader starts (or first)."""
    section = next(document.findall(nodes.section), None)
    if section is not None and section.children and isinstance(section[0], nodes.title):
        section.insert(1, note)
    else:
        document.insert(0, note)
