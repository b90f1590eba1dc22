"""Output text as a reader should see it: no framework log lines, no paths of this machine,
and a traceback read back to the exception and the snippet line it names.

Used on pages (``check.outputs``) and in the notebooks offered for download.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path

from .snippets import ROOT

#: Exactly the lines TensorFlow, XLA and absl print on their own (measured with
#: tensorflow 2.21 and jax 0.10); anything else a snippet writes to stderr is kept.
FRAMEWORK_LOG_LINE = re.compile(
    r"^(?:WARNING: All log messages before absl::InitializeLog\(\) is called are written to STDERR"
    r"|[IWEF]\d{4} [\d:.]+\s+\d+ [\w.\-]+:\d+\] .*"
    r"|To enable the following instructions: .* rebuild TensorFlow with the appropriate"
    r" compiler flags\."
    r")$"
)
_HEADER = re.compile(r"^-+\n(?P<ename>[\w.]+)\s+Traceback \(most recent call last\)", re.M)
#: the header of each later exception of a chain, after "The above exception was ...":
#: IPython prints no line of dashes above it
_CHAINED_HEADER = re.compile(r"^(?P<ename>[\w.]+)[ \t]+Traceback \(most recent call last\)", re.M)
_CELL_LINE = re.compile(r"^\s*Cell In\[\d+\], line (\d+)", re.M)  # indented for SyntaxError


def strip_log_lines(text: str) -> str:
    """The text without the lines the frameworks log on their own; the rest stays.

    >>> strip_log_lines("I0000 00:00:1795308350.118013   20039 port.cc:153] oneDNN custom "
    ...                 "operations are on.\\nmy own warning\\n")
    'my own warning\\n'
    """
    return "".join(
        line
        for line in text.splitlines(keepends=True)
        if not FRAMEWORK_LOG_LINE.match(line.rstrip("\n"))
    )


def _path_placeholders() -> list[tuple[str, str]]:
    pairs = [
        (sys.prefix, "<env>"),
        (sys.base_prefix, "<python>"),
        (str(ROOT), "<project>"),
        (tempfile.gettempdir(), "<tmp>"),
        (os.path.expanduser("~"), "~"),
    ]
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

    Object addresses go too, so that two builds give the same page, and the kernel's
    own frames of a printed stack (``drop_kernel_frames``):

    >>> scrub_paths("<function scale at 0x7f0610a3efc0>, hex(2**40) == 0x10000000000")
    '<function scale at 0x...>, hex(2**40) == 0x10000000000'
    """
    for prefix, placeholder in _path_placeholders():
        text = text.replace(prefix, placeholder)
    text = _TMP_NAME.sub("<tmp>/tmpdir", _CELL_FILE.sub("<cell>", text))
    return drop_kernel_frames(_ADDRESS.sub("0x...", text))


#: one frame of a stack a program prints (a warning's "Traceback of forward call", say)
_FRAME = re.compile(r'^  File "(?P<file>[^"]+)", line \d+, in [^\n]*\n(?:    [^\n]*\n)?', re.M)


def drop_kernel_frames(text: str) -> str:
    """A printed stack without the frames above the snippet's own: the kernel's (the
    build's zygote, ipykernel, IPython, asyncio), which a reader who runs the snippet in
    a fresh interpreter never sees. A stack with no frame in the cell stays whole.

    >>> print(drop_kernel_frames(
    ...     'Traceback of forward call:\\n'
    ...     '  File "<env>/ipykernel/kernelapp.py", line 7, in start\\n    loop.start()\\n'
    ...     '  File "<cell>", line 11, in <module>\\n    f(p).backward()\\n'
    ...     '  File "<cell>", line 6, in f\\n    return p * 2\\n'), end="")
    Traceback of forward call:
      File "<cell>", line 11, in <module>
        f(p).backward()
      File "<cell>", line 6, in f
        return p * 2
    """
    cut: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []
    for frame in [*_FRAME.finditer(text), None]:
        if frame is not None and (not run or frame.start() == run[-1].end()):
            run.append(frame)
            continue
        first = next((i for i, f in enumerate(run) if f["file"] == "<cell>"), 0)
        if first:
            cut.append((run[0].start(), run[first].start()))
        run = [frame] if frame is not None else []
    for start, end in reversed(cut):
        text = text[:start] + text[end:]
    return text


def parse_traceback(text: str) -> tuple[str, str, int | None]:
    """(exception name, exception lines, snippet line) from an IPython traceback.

    >>> parse_traceback(
    ...     "---------------------------------------------------------------------------\\n"
    ...     "IndexError                                Traceback (most recent call last)\\n"
    ...     "Cell In[3], line 4\\n      1 import torch\\n----> 4 x[10]\\n\\n"
    ...     "IndexError: index 10 is out of bounds for dimension 0 with size 5")
    ('IndexError', 'IndexError: index 10 is out of bounds for dimension 0 with size 5', 4)

    A chained exception (``raise ValueError(...) from err``, as JAX raises many) prints the
    cause first, each with its own header: the exception the snippet raised is the last.

    >>> parse_traceback(
    ...     "-----\\n"
    ...     "IndexError                                Traceback (most recent call last)\\n"
    ...     "Cell In[3], line 4\\n----> 4 len(x)\\n\\nIndexError: tuple index out of range\\n\\n"
    ...     "The above exception was the direct cause of the following exception:\\n\\n"
    ...     "TypeError                                 Traceback (most recent call last)\\n"
    ...     "Cell In[3], line 4\\n----> 4 len(x)\\n\\nTypeError: len() of unsized object")
    ('TypeError', 'TypeError: len() of unsized object', 4)
    """
    headers = list(_HEADER.finditer(text)) + list(_CHAINED_HEADER.finditer(text))
    headers.sort(key=lambda m: m.start())
    header = headers[-1] if headers else None
    ename = header.group("ename") if header else text.strip().splitlines()[-1].split(":")[0]
    short = ename.rsplit(".", 1)[-1]
    lines = text.rstrip().splitlines()
    start = next(
        (
            i
            for i in range(len(lines) - 1, -1, -1)
            if re.match(rf"^(?:[\w.]+\.)?{re.escape(short)}(?::|$)", lines[i])
        ),
        len(lines) - 1,
    )
    cell_line = _CELL_LINE.search(text[header.start() :] if header else text) or _CELL_LINE.search(
        text
    )
    return ename, "\n".join(lines[start:]), int(cell_line.group(1)) if cell_line else None
