"""What the prose says a framework raises, warns or returns, the page executes (issue 21).

A sentence that names an exception or warning class (`TypeError`, `UserWarning`) or a
dtype (`int64`, `bfloat16`) and attributes it to PyTorch, JAX or TensorFlow is a claim
about that framework. Readers take it as what they will see, so the page must show it: one
of the page's examples (solutions included), in that framework, raises that exception (or
a subclass), emits that warning or has that dtype in its result or output
(tests/snippet_worker.py records all of these in the one run `snippet_results` makes).
Prose in a solution is judged by that solution's own examples only: otherwise an error
the page raises elsewhere, for another reason, would vouch for it. Only prose is read:
code cells and code blocks (doctests too) are not claims, inline code is part of its
sentence.

Attribution, within one sentence: the sentence is cut into clauses at `,` `;` `:` `(` `)`
dashes and `while`, `whereas`, `but`, `where`, `unlike` (outside inline code); frameworks
named in a row (`JAX and TensorFlow`) are one group. A name belongs to the nearest group
before it in its clause, else the nearest after it in its clause, else the nearest before
it in the sentence, else after. So "`RuntimeError` in PyTorch, `TypeError` in JAX" gives
each name one framework, "PyTorch stores `int64` and JAX and TensorFlow `int32`" too, and
"In PyTorch, `x[10]` raises `IndexError`" gives the error to PyTorch. "All three" and
"every framework" name all three; a clause about NumPy alone claims nothing; a sentence
that names no framework claims nothing (so "it raises ..." after a sentence naming one is
not read: a known gap, kept so as not to guess).
"""

from __future__ import annotations

import dataclasses
import re

import pytest

from conftest import FRAMEWORKS
from helpers import DOCS, PAGES

#: claims let through although no example on the page produces them, by
#: (page, framework, name), each with the reason; one that matches no unproduced claim any
#: more fails as stale
ALLOWED: dict[tuple[str, str, str], str] = {}

# -- the names -----------------------------------------------------------------------------

EXCEPTION = r"[A-Z][A-Za-z0-9]*(?:Error|Exception|Warning)"
DTYPE = r"u?int(?:8|16|32|64)|b?float(?:16|32|64)|complex(?:64|128)|bool(?!\s*\()"
#: NumPy's own dtypes (`np.float64`) are not a framework's, whatever the sentence names
NAME = re.compile(rf"(?<![\w])(?<!np\.)(?<!numpy\.)({EXCEPTION}|{DTYPE})_?(?![\w])")

#: how prose names each framework; inline code counts (`torch.float32`, `jnp.int8`)
MENTION = {
    "torch": r"PyTorch|torch",
    "jax": r"JAX|jax|jnp",
    "tf": r"TensorFlow|tf|AutoGraph",
    "all": r"all three|all the frameworks|all frameworks|every framework|each framework",
    # a clause about NumPy alone ("`ndarray[float32]` is a NumPy array") claims nothing
    # about the frameworks
    "numpy": r"NumPy|numpy|np",
}
MENTIONS = re.compile("|".join(rf"(?P<{fw}>\b(?:{p})\b)" for fw, p in MENTION.items()))
#: what may stand between two framework names of one group ("JAX and TensorFlow")
JOINED = re.compile(r"^(?:[\s,]|'s|\band\b|\bor\b|\bboth\b|\bin\b)*$")
CLAUSE_BREAK = re.compile(r"[,;:()\u2014\u2013]|\s-\s|\b(?:while|whereas|but|where|unlike)\b")

# -- prose from a page ---------------------------------------------------------------------

#: directives whose body is prose; any other fenced block is code or generated
PROSE_DIRECTIVES = {
    "exercise",
    "solution",
    "solution-start",
    "solution-end",
    "note",
    "tip",
    "hint",
    "important",
    "warning",
    "caution",
    "attention",
    "danger",
    "error",
    "seealso",
    "admonition",
    "dropdown",
    "margin",
    "sidebar",
    "topic",
}
FENCE = re.compile(r"^\s*(`{3,}|~{3,}|:{3,})\s*(?:\{([\w:-]+)\}\s*(\S*))?")


@dataclasses.dataclass
class Page:
    """A page's prose lines (the others blank, so numbers stay the page's), and which
    lines are a solution's and the examples each solution runs."""

    lines: list[tuple[int, str]]
    solution_at: dict[int, str]  # line -> the solution's label
    examples: dict[str | None, list[str]]  # solution label (None: the page) -> examples


def read_page(text: str) -> Page:
    text = re.sub(r"<!--.*?-->", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    lines = text.splitlines()
    if lines and lines[0].strip() == "---":  # front matter
        end = next((i for i, line in enumerate(lines[1:], 1) if line.strip() == "---"), 0)
        lines[: end + 1] = [""] * (end + 1)
    page = Page([], {}, {None: []})
    fences: list[tuple[str, bool]] = []  # open fences: (marker, body is prose)
    in_math = options = False
    solution = None
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        in_code = bool(fences) and not fences[-1][1]
        fence = FENCE.match(line)
        if example := re.fullmatch(r":example:\s*(\S+)", stripped):
            page.examples[None].append(example.group(1))
            if solution:
                page.examples[solution].append(example.group(1))
        if (
            fence
            and fences
            and stripped == stripped[0] * len(stripped)
            and stripped[0] == fences[-1][0][0]
            and len(stripped) >= len(fences[-1][0])
        ):
            fences.pop()  # a closing fence: its own character, at least as long
            line = ""
        elif fence and not in_code:
            fences.append((fence.group(1), fence.group(2) in PROSE_DIRECTIVES))
            options, line = True, ""
            if fence.group(2) == "solution-start":
                solution = fence.group(3)
                page.examples[solution] = []
            elif fence.group(2) == "solution-end":
                solution = None
        elif in_code or stripped.startswith("%") or re.fullmatch(r"\(.*\)=", stripped):
            line = ""  # code; a MyST comment; a label
        elif stripped == "$$" or in_math:
            in_math = (stripped == "$$") != in_math
            line = ""
        elif options and re.match(r":[\w-]+:", stripped):
            line = ""  # a directive's option (`:label: ex-...`)
        else:
            options = False
        if solution:
            page.solution_at[number] = solution
        page.lines.append((number, line))
    return page


@dataclasses.dataclass(frozen=True)
class Claim:
    page: str
    line: int
    name: str
    framework: str
    sentence: str
    solution: str | None  # the label of the solution it is in


def sentences(lines: list[tuple[int, str]]):
    """(text, line number of each character) of each sentence; headings and list items
    start their own."""
    text, where = "", []

    def flush():
        nonlocal text, where
        parts = re.split(r"(?<=[.!?])(?<!e\.g\.)(?<!i\.e\.)\s+(?=[A-Z`*(\[{$])", text)
        start = 0
        for part in parts:
            start = text.index(part, start)
            yield part, where[start : start + len(part)]
            start += len(part)
        text, where = "", []

    for number, line in lines:
        if not line.strip() or re.match(r"\s*(#+\s|[-*+]\s|\d+\.\s)", line):
            yield from flush()
        # a link's target is not prose (a URL may name a framework)
        line = re.sub(r"\]\([^)\s]*\)", "]", line).strip()
        if line:
            text += line + " "
            where += [number] * (len(line) + 1)
    yield from flush()


def attribute(sentence: str) -> list[tuple[int, str, set[str]]]:
    """(offset, name, frameworks) of each name the sentence attributes to a framework."""
    masked = re.sub(r"`[^`]*`", lambda m: "`" + "x" * (len(m.group(0)) - 2) + "`", sentence)
    breaks = [0, *(m.start() for m in CLAUSE_BREAK.finditer(masked)), len(sentence) + 1]

    def clause(pos: int) -> int:
        return max(i for i, b in enumerate(breaks) if b <= pos)

    groups: list[tuple[int, int, set[str]]] = []  # (start, end, frameworks)
    for m in MENTIONS.finditer(sentence):
        fws = set(FRAMEWORKS) if m.lastgroup == "all" else {m.lastgroup or ""}
        if (
            groups
            and clause(groups[-1][0]) == clause(m.start())
            and JOINED.match(sentence[groups[-1][1] : m.start()])
        ):
            start, _, before = groups.pop()
            groups.append((start, m.end(), before | fws))
        else:
            groups.append((m.start(), m.end(), fws))
    found = []
    for m in NAME.finditer(sentence):
        here = clause(m.start())
        inside = [g for g in groups if g[0] <= m.start() < g[1]]  # `torch.float32`
        if inside:
            found.append((m.start(), m.group(1), inside[0][2]))
            continue
        if any(clause(g[0]) == here and g[2] == {"numpy"} for g in groups) and not any(
            clause(g[0]) == here and g[2] != {"numpy"} for g in groups
        ):
            continue  # NumPy's
        named = [g for g in groups if g[2] != {"numpy"}]
        before = [g for g in named if g[1] <= m.start()]
        after = [g for g in named if g[0] >= m.end()]
        pick = (
            [g for g in before if clause(g[0]) == here][-1:]
            or [g for g in after if clause(g[0]) == here][:1]
            or before[-1:]
            or after[:1]
        )
        if pick:
            found.append((m.start(), m.group(1), pick[0][2] - {"numpy"}))
    return found


def claims_of(name: str, page: Page) -> list[Claim]:
    claims: dict[tuple, Claim] = {}  # one per line, name and framework
    for sentence, where in sentences(page.lines):
        for offset, found, fws in attribute(sentence):
            line = where[offset]
            for fw in sorted(fws):
                claims.setdefault(
                    (line, found, fw),
                    Claim(
                        name,
                        line,
                        found,
                        fw,
                        " ".join(sentence.split()),
                        page.solution_at.get(line),
                    ),
                )
    return list(claims.values())


# -- what a page executes ------------------------------------------------------------------


def produced(page: str, examples: list[str], framework: str, snippet_results) -> set[str]:
    """The exception, warning and dtype names these examples of the page show in that
    framework: what they raise and warn, and the dtypes in their results and output."""
    names: set[str] = set()
    for example in examples:
        result = snippet_results.get((f"{page}/{example}", framework))
        if result is None:
            continue
        names.add(result["exc_type"] or "")
        names |= set(result.get("raised", ()))  # and its base classes
        # a snippet that fails only when pasted (snippet_runs.PASTE_FAILS) shows that error
        # beside its example: its pasted run's error class
        names.add((result.get("pasted") or ("",))[0] or "")
        warned = result.get("warnings", [])
        names |= {w["category"] for w in warned}
        output = " ".join(
            str(result.get(k) or "") for k in ("dtype", "signature", "repr", "printed")
        )
        names |= {m.group(1) for m in NAME.finditer(output)}
        # a message names the dtypes involved, but the exceptions it names were not raised
        messages = " ".join([result["error"] or "", *(w["message"] for w in warned)])
        names |= {m.group(1) for m in NAME.finditer(messages) if re.fullmatch(DTYPE, m.group(1))}
    return names - {""}


def unproduced(snippet_results) -> list[Claim]:
    return [
        claim
        for name in PAGES
        for claim in unshown(
            name, read_page((DOCS / f"{name}.md").read_text(encoding="utf-8")), snippet_results
        )
    ]


def unshown(name: str, page: Page, snippet_results) -> list[Claim]:
    """The page's claims no example shows. A solution is judged by its own examples: the
    reader opens it to check an answer, and the page's other examples (an error raised
    there for another reason) must not vouch for what the solution says."""
    return [
        claim
        for claim in claims_of(name, page)
        if claim.name
        not in produced(name, page.examples[claim.solution], claim.framework, snippet_results)
    ]


# -- the tests -----------------------------------------------------------------------------


def test_every_claim_is_executed(snippet_results):
    missing = [
        c for c in unproduced(snippet_results) if (c.page, c.framework, c.name) not in ALLOWED
    ]
    if missing:
        pytest.fail(
            f"{len(missing)} claim(s) in the prose name what no example shows in that "
            "framework. For each: add an example to that page (in a solution, to that "
            "solution) whose snippet in that framework raises, warns or returns it (an "
            "error it teaches declared with `# raises: <Error>`); or correct the sentence; "
            "or, if it truly needs no example, list it in ALLOWED in tests/test_claims.py "
            "as (page, framework, name) with the reason.\n" + "\n".join(map(describe, missing)),
            pytrace=False,
        )


def describe(claim: Claim) -> str:
    examples = (
        f"the examples of solution {claim.solution}" if claim.solution else "the page's examples"
    )
    return (
        f"  docs/{claim.page}.md:{claim.line}: `{claim.name}` attributed to "
        f"{FRAMEWORKS[claim.framework].label}, which {examples} never show: "
        f"{claim.sentence[:300]}"
    )


def test_allowed_claims_are_not_stale(snippet_results):
    needed = {(c.page, c.framework, c.name) for c in unproduced(snippet_results)}
    stale = [k for k in ALLOWED if k not in needed]
    assert not stale, (
        "STALE entries in ALLOWED (tests/test_claims.py): no sentence makes "
        "these claims any more, or an example now shows them; remove them: "
        + ", ".join(map(str, stale))
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "every framework refuses (`RuntimeError` in PyTorch, `TypeError` in JAX, "
            "`InvalidArgumentError` in TensorFlow).",
            [("RuntimeError", {"torch"}), ("TypeError", {"jax"}), ("InvalidArgumentError", {"tf"})],
        ),
        (
            "integers here, which PyTorch stores as `int64` and JAX and TensorFlow as `int32`.",
            [("int64", {"torch"}), ("int32", {"jax", "tf"})],
        ),
        ("In PyTorch, `x[10]` raises `IndexError`.", [("IndexError", {"torch"})]),
        (
            "Python floats become `float32` in all three frameworks.",
            [("float32", {"torch", "jax", "tf"})],
        ),
        ("the dtype is `torch.float32`, not `np.float64`.", [("float32", {"torch"})]),
        ("An `int32` tensor plus a `float32` one fails.", []),
        (
            "a NumPy array keeps its `float64` in PyTorch (`ndarray[float32]` is a NumPy array).",
            [("float64", {"torch"})],
        ),
    ],
)
def test_attribution(sentence, expected):
    assert [(name, fws) for _, name, fws in attribute(sentence)] == expected


def test_only_prose_is_read():
    page = "\n".join(
        [
            "# Title",
            "",
            "JAX raises `TypeError` here.",
            "",
            "```python",
            ">>> import jax  # JAX: ValueError",
            "```",
            "",
            "````{exercise} Find the bug",
            ":label: ex-x",
            "",
            "In TensorFlow this gives `int64`:",
            "",
            "```python",
            "tf.int8",
            "```",
            "````",
            "",
            "```{code-cell}",
            ":example: x",
            "```",
            "",
            "See [the JAX errors](https://jax.dev/errors#KeyReuseError) in PyTorch's `bool`.",
        ]
    )
    assert [(c.line, c.name, c.framework) for c in claims_of("p", read_page(page))] == [
        (3, "TypeError", "jax"),
        (12, "int64", "tf"),
        (23, "bool", "torch"),
    ]


def test_the_worker_records_warnings(tmp_path):
    """Warnings are recorded (for the claims), while the snippet's output stays the same."""
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    import snippet_worker

    path = tmp_path / "warns_tf.py"
    path.write_text(
        "import warnings\nprint('out')\nwarnings.warn('old', DeprecationWarning)\n"
        "warnings.warn('odd', UserWarning)\n1\n",
        encoding="utf-8",
    )
    with ProcessPoolExecutor(
        1, mp_context=get_context("spawn"), initializer=snippet_worker.init_worker
    ) as pool:
        [result] = pool.submit(snippet_worker.run_jobs, [(str(path), "tf", True)]).result()
    assert result["printed"] == "out\n" and result["error"] is None
    assert result["warnings"] == [
        {"category": "DeprecationWarning", "message": "old"},
        {"category": "UserWarning", "message": "odd"},
    ]


def test_a_solution_is_judged_by_its_own_examples():
    """The claim issue 21 found: a solution saying JAX raises `TypeError` for a
    broadcast (it raises ValueError), on a page whose other JAX examples raise TypeError."""
    page = read_page(
        "\n".join(
            [
                "JAX raises `TypeError` for a list index.",
                "",
                "```{code-cell}",
                ":example: list_index",
                "```",
                "",
                "```{solution-start} ex-p-broadcast",
                ":class: dropdown",
                "```",
                "",
                "Shapes `(3,)` and `(2,)` do not broadcast: `TypeError` in JAX.",
                "",
                "```{code-cell}",
                ":example: ex_broadcast",
                "```",
                "",
                "```{solution-end}",
                "```",
            ]
        )
    )
    results = {
        ("p/list_index", "jax"): {
            "exc_type": "TracerBoolConversionError",
            "raised": ["TracerBoolConversionError", "TypeError"],
            "error": "...",
            "dtype": "raises ...",
        },
        ("p/ex_broadcast", "jax"): {"exc_type": None, "error": None, "dtype": "float32"},
    }
    assert [(c.line, c.solution) for c in unshown("p", page, results)] == [(11, "ex-p-broadcast")]
