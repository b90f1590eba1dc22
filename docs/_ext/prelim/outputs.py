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

import os
import re
import sys
import tempfile
from pathlib import Path

from docutils import nodes
from sphinx.transforms import SphinxTransform
from sphinx.util import logging

from .examples import ROOT

logger = logging.getLogger(__name__)

#: Exactly the lines TensorFlow, XLA and absl print on their own (measured with
#: tensorflow 2.21 and jax 0.10); anything else a snippet writes to stderr is kept.
FRAMEWORK_LOG_LINE = re.compile(
    r"^(?:WARNING: All log messages before absl::InitializeLog\(\) is called are written to STDERR"
    r"|[IWEF]\d{4} [\d:.]+\s+\d+ [\w.\-]+:\d+\] .*"
    r"|To enable the following instructions: .* rebuild TensorFlow with the appropriate"
    r" compiler flags\."
    r")$")
_HEADER = re.compile(r"^-+\n(?P<ename>[\w.]+)\s+Traceback \(most recent call last\)", re.M)
_CELL_LINE = re.compile(r"^\s*Cell In\[\d+\], line (\d+)", re.M)  # indented for SyntaxError


def strip_log_lines(text: str) -> str:
    """The text without the lines the frameworks log on their own; the rest stays.

    >>> strip_log_lines("I0000 00:00:1795308350.118013   20039 port.cc:153] oneDNN custom "
    ...                 "operations are on.\\nmy own warning\\n")
    'my own warning\\n'
    """
    return "".join(line for line in text.splitlines(keepends=True)
                   if not FRAMEWORK_LOG_LINE.match(line.rstrip("\n")))


def _path_placeholders() -> list[tuple[str, str]]:
    pairs = [(sys.prefix, "<env>"), (sys.base_prefix, "<python>"), (str(ROOT), "<project>"),
             (tempfile.gettempdir(), "<tmp>"), (os.path.expanduser("~"), "~")]
    pairs = [(str(Path(p)), r) for p, r in pairs if p and p not in ("/", "~")]
    return sorted(set(pairs), key=lambda pr: -len(pr[0]))  # longest prefix first


#: a cell's code as the kernel names it, and per-run temporary folders: neither is stable
_CELL_FILE = re.compile(r"<tmp>/ipykernel_\d+/\d+\.py")
_TMP_NAME = re.compile(r"<tmp>/tmp[\w]+")
#: an object's address in Python's default repr (`<function f at 0x7f3a9c2e1d80>`): it
#: changes on every run and means nothing to a reader (only the repr form: other hex stays)
_ADDRESS = re.compile(r"(?<= at )0x[0-9a-fA-F]+(?=>)")


def scrub_paths(text: str) -> str:
    """The text with this machine's paths replaced by placeholders.

    >>> import sys
    >>> scrub_paths(f"File {sys.prefix}/lib/python3.11/site-packages/torch/_tensor.py")
    'File <env>/lib/python3.11/site-packages/torch/_tensor.py'
    >>> scrub_paths(f"{ROOT}/snippets/x_jax.py, {tempfile.gettempdir()}/ipykernel_1/2.py")
    '<project>/snippets/x_jax.py, <cell>'

    Object addresses go too, so that two builds give the same page:

    >>> scrub_paths("<function scale at 0x7f0610a3efc0>, hex(2**40) == 0x10000000000")
    '<function scale at 0x...>, hex(2**40) == 0x10000000000'
    """
    for prefix, placeholder in _path_placeholders():
        text = text.replace(prefix, placeholder)
    text = _TMP_NAME.sub("<tmp>/tmpdir", _CELL_FILE.sub("<cell>", text))
    return _ADDRESS.sub("0x...", text)


def parse_traceback(text: str) -> tuple[str, str, int | None]:
    """(exception name, exception lines, snippet line) from an IPython traceback.

    >>> parse_traceback(
    ...     "---------------------------------------------------------------------------\\n"
    ...     "IndexError                                Traceback (most recent call last)\\n"
    ...     "Cell In[3], line 4\\n      1 import torch\\n----> 4 x[10]\\n\\n"
    ...     "IndexError: index 10 is out of bounds for dimension 0 with size 5")
    ('IndexError', 'IndexError: index 10 is out of bounds for dimension 0 with size 5', 4)
    """
    header = _HEADER.search(text)
    ename = header.group("ename") if header else text.strip().splitlines()[-1].split(":")[0]
    short = ename.rsplit(".", 1)[-1]
    lines = text.rstrip().splitlines()
    start = next((i for i in range(len(lines) - 1, -1, -1)
                  if re.match(rf"^(?:[\w.]+\.)?{re.escape(short)}(?::|$)", lines[i])),
                 len(lines) - 1)
    cell_line = _CELL_LINE.search(text)
    return ename, "\n".join(lines[start:]), int(cell_line.group(1)) if cell_line else None


def _same_exception(raised: str, declared: str) -> bool:
    return raised.rsplit(".", 1)[-1] == declared.rsplit(".", 1)[-1]


def is_example_cell(node) -> bool:
    return (isinstance(node, nodes.container) and node.get("nb_element") == "cell_code"
            and "snippet" in node.get("cell_metadata", {}))


def page_was_executed(env, docname: str) -> bool:
    """Whether myst-nb executed the page or took its outputs from the cache."""
    return bool(getattr(env, "nb_metadata", {}).get(docname, {}).get("exec_data"))


class CheckSnippetOutputs(SphinxTransform):
    default_priority = 400

    def apply(self, **kwargs):
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

    def _check(self, cell, executed: bool):
        meta = cell["cell_metadata"]
        snippet, declared = meta["snippet"], meta.get("raises")
        tracebacks = [b for b in cell.findall(nodes.literal_block) if "traceback" in b["classes"]]
        where = dict(location=cell, type="prelim", subtype="snippet")
        if executed and meta.get("mystnb", {}).get("image") and not tracebacks \
                and not any(cell.findall(nodes.image)):
            logger.warning(f"{snippet}: the example has alt text for a figure, but the snippet "
                           "drew none; end it with `plt.show()`, or drop the `:alt:` option "
                           "if it is not a figure", **where)
        if not tracebacks:
            if declared:
                logger.warning(f"{snippet}: declares `# raises: {declared}` but ran without "
                               "raising it; remove the declaration or make the snippet raise",
                               **where)
            return
        ename, exc_lines, line = parse_traceback(tracebacks[0].astext())
        at = f"{snippet}:{line}" if line else snippet
        if declared and _same_exception(ename, declared):
            tracebacks[0].children = [nodes.Text(exc_lines)]
            tracebacks[0].rawsource = exc_lines
            tracebacks[0]["language"] = "none"  # a message, not a traceback to lex
        elif declared:
            logger.warning(f"{at}: raised {exc_lines.splitlines()[0]!r}, but the snippet "
                           f"declares `# raises: {declared}`; fix the snippet or the "
                           "declaration", **where)
        else:
            logger.warning(f"{at}: raised {exc_lines.splitlines()[0]!r}; fix the snippet, or, "
                           "if the error is what it teaches, declare it with a "
                           f"`# raises: {ename.rsplit('.', 1)[-1]}` line in its leading comments",
                           **where)
