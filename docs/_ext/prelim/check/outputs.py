"""Check and clean what the snippets produced, before it reaches a page.

- an exception a snippet did not declare, or a declared one that did not happen, is a
  build warning (an error under ``-W``) that names the snippet file and line;
- an example with alt text (a figure) whose snippet drew no figure is a build warning too;
- a declared exception is shown as its exception line alone, not a traceback through
  framework internals;
- the C++ log lines TensorFlow and XLA write to stderr are removed, line by line, by
  exact pattern (a snippet's own stderr and warnings stay);
- absolute paths of the build machine are replaced by short placeholders.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.transforms import SphinxTransform
from sphinx.util import logging

from ..core.cells import is_example_cell, page_was_executed
from ..core.output_text import parse_traceback, scrub_paths, strip_log_lines
from ..core.priorities import priority

if TYPE_CHECKING:
    from sphinx.application import Sphinx

logger = logging.getLogger(__name__)


def _same_exception(raised: str, declared: str) -> bool:
    return raised.rsplit(".", 1)[-1] == declared.rsplit(".", 1)[-1]


class CheckSnippetOutputs(SphinxTransform):
    default_priority = priority("CheckSnippetOutputs")

    def apply(self, **kwargs: Any) -> None:
        for block in self.document.findall(nodes.literal_block):
            if "output" not in block["classes"]:
                continue
            text = block.astext()
            clean = scrub_paths(strip_log_lines(text) if "stderr" in block["classes"] else text)
            if clean != text:
                if not clean.strip():
                    block.parent.remove(block)
                    continue
                block.children = [nodes.Text(clean)]
                block.rawsource = clean
        executed = page_was_executed(self.env, self.env.docname)
        for cell in list(self.document.findall(is_example_cell)):
            self._check(cell, executed)
        for cell in self.document.findall(nodes.container):
            out = cell.get("nb_element") == "cell_code_output"
            if out and not cell.children:
                cell.parent.remove(cell)

    def _check(self, cell: nodes.Element, executed: bool) -> None:
        meta = cell["cell_metadata"]
        snippet, declared = meta["snippet"], meta.get("raises")
        tracebacks = [b for b in cell.findall(nodes.literal_block) if "traceback" in b["classes"]]
        where = dict(location=cell, type="prelim", subtype="snippet")
        if (
            executed
            and meta.get("mystnb", {}).get("image")
            and not tracebacks
            and not any(cell.findall(nodes.image))
        ):
            logger.warning(
                f"{snippet}: the example has alt text for a figure, but the snippet "
                "drew none; end it with `plt.show()`, or drop the `:alt:` option "
                "if it is not a figure",
                **where,
            )
        if not tracebacks:
            if declared:
                logger.warning(
                    f"{snippet}: declares `# raises: {declared}` but ran without "
                    "raising it; remove the declaration or make the snippet raise",
                    **where,
                )
            return
        ename, exc_lines, line = parse_traceback(tracebacks[0].astext())
        at = f"{snippet}:{line}" if line else snippet
        if declared and _same_exception(ename, declared):
            tracebacks[0].children = [nodes.Text(exc_lines)]
            tracebacks[0].rawsource = exc_lines
            tracebacks[0]["language"] = "none"  # a message, not a traceback to lex
        elif declared:
            logger.warning(
                f"{at}: raised {exc_lines.splitlines()[0]!r}, but the snippet "
                f"declares `# raises: {declared}`; fix the snippet or the "
                "declaration",
                **where,
            )
        else:
            logger.warning(
                f"{at}: raised {exc_lines.splitlines()[0]!r}; fix the snippet, or, "
                "if the error is what it teaches, declare it with a "
                f"`# raises: {ename.rsplit('.', 1)[-1]}` line in its leading comments",
                **where,
            )


def setup_outputs(app: Sphinx) -> None:
    app.add_transform(CheckSnippetOutputs)
