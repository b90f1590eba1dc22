"""The dtype-promotion table (docs/_ext/prelim/generate/promotion.py): what the
``dtypes/promotion_table`` snippets return, as the page's grid renders it, is what each
installed framework really gives for ``a + b``; and the built page shows that grid, with
the cells where the frameworks differ highlighted.

The truth is computed afresh here, one subprocess per framework that adds real arrays (JAX
too, under ``jax.enable_x64``, where its snippet only traces the addition), for a sample of
pairs chosen by a fixed seed plus a few that teach something.
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import textwrap
from html import unescape

import pytest
from docutils import nodes

from conftest import EXAMPLE_BY_KEY
from helpers import ROOT, table_rows
from prelim.core.frameworks import FRAMEWORKS
from prelim.generate.promotion import DIFFERS, SHORT, grid, initials, parse_table

EXAMPLE = EXAMPLE_BY_KEY["dtypes/promotion_table"]
MIN_DTYPES = 10
#: pairs always checked: a refusal in PyTorch (uint32), JAX's widening to int64, the
#: bfloat16/float16 pair that neither can hold, TensorFlow's refusal of int32 + float32
FIXED = [("uint32", "uint32"), ("uint32", "int8"), ("bfloat16", "float16"), ("int32", "float32")]
SAMPLE, SEED = 15, 20261203

#: each framework's `a + b` on real arrays, for the pairs given as JSON on stdin
TRUTH = {
    "torch": """
        import torch
        def add(a, b):
            return str((torch.ones(2, dtype=getattr(torch, a))
                        + torch.ones(2, dtype=getattr(torch, b))).dtype).split(".")[-1]
    """,
    "jax": """
        import jax, jax.numpy as jnp
        def add(a, b):
            with jax.enable_x64(True):
                return str((jnp.ones(2, dtype=a) + jnp.ones(2, dtype=b)).dtype)
    """,
    "tf": """
        import tensorflow as tf
        def add(a, b):
            return (tf.ones(2, dtype=a) + tf.ones(2, dtype=b)).dtype.name
    """,
}
RUN = """
import json, sys
out = []
for a, b in json.load(sys.stdin):
    try:
        out.append(add(a, b))
    except Exception as err:
        out.append(type(err).__name__)
print("RESULT " + json.dumps(out))
"""


def _truth(framework: str, pairs: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    code = textwrap.dedent(TRUTH[framework]) + RUN
    proc = subprocess.run(
        [sys.executable, "-c", code],
        input=json.dumps(pairs),
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    line = [x for x in proc.stdout.splitlines() if x.startswith("RESULT ")]
    assert proc.returncode == 0 and line, f"{framework}: {proc.stderr[-2000:]}"
    return dict(zip(pairs, json.loads(line[-1][7:]), strict=True))


def _tables(snippet_results) -> dict[str, dict]:
    """Each framework's table as the page reads it from the returned value's text (the
    value's repr: the result's "repr" is cut at 2000 characters)."""
    tables = {}
    for fw in FRAMEWORKS:
        result = snippet_results[(EXAMPLE.key, fw)]
        assert result["exc_type"] is None, f"{fw}: {result['error']}"
        tables[fw] = parse_table(repr(result["value"]))
        assert "error" not in tables[fw], f"{fw}: {tables[fw]}"
    return tables


def _rendered_cells(tables: dict[str, dict]) -> dict[tuple[str, str], tuple[list[str], bool]]:
    """(a, b) -> (the results the grid shows, top to bottom, errors spelt out; whether the
    cell is marked as differing), read from the docutils nodes the page is made of."""
    made = grid(EXAMPLE.key, tables)
    table = next(n for node in made for n in node.findall(nodes.table))
    rows = list(table.findall(nodes.row))
    names = [e.astext() for e in rows[0].children[1:]]
    out = {}
    for row in rows[1:]:
        a = row.children[0].astext()
        for b, entry in zip(names, row.children[1:], strict=True):
            shown = []
            for para in entry.findall(nodes.paragraph):
                result = para.children[-1]
                abbr = next(iter(result.findall(nodes.abbreviation)), None)
                shown.append(abbr["explanation"] if abbr is not None else result.astext())
            out[(a, b)] = (shown, DIFFERS in entry["classes"])
    return out


@pytest.mark.parametrize("example", [EXAMPLE], ids=[EXAMPLE.key])
def test_the_table_matches_each_framework_computed_afresh(example, snippet_results):
    tables = _tables(snippet_results)
    for fw, table in tables.items():
        assert len(table["names"]) >= MIN_DTYPES, f"{fw}: only {table['names']}"
    names = tables["torch"]["names"]
    assert all(t["names"] == names for t in tables.values()), "the snippets list other dtypes"
    pairs = [(a, b) for a in names for b in names]
    chosen = sorted(set(random.Random(SEED).sample(pairs, SAMPLE)) | set(FIXED))
    truth = {fw: _truth(fw, chosen) for fw in FRAMEWORKS}
    cells = _rendered_cells(tables)
    assert len(cells) == len(names) ** 2
    wrong = [  # every cell of the grid shows what the three snippets returned
        f"{(a, b)}: the page shows {cells[(a, b)][0]}, the snippets returned {returned}"
        for i, a in enumerate(names)
        for j, b in enumerate(names)
        if cells[(a, b)][0] != (returned := [tables[fw]["cells"][i][j] for fw in FRAMEWORKS])
    ]
    # and a sample of them is what the frameworks give when asked afresh
    for pair in chosen:
        expected = [truth[fw][pair] for fw in FRAMEWORKS]
        shown, differs = cells[pair]
        if shown != expected or differs != (len(set(expected)) > 1):
            wrong.append(
                f"{pair}: the page shows {shown} (differs: {differs}), "
                f"the frameworks give {expected}"
            )
    assert not wrong, "\n".join(wrong)


def test_initials_name_each_error_shortly():
    assert initials("NotImplementedError") == "NIE"
    assert SHORT.keys() == FRAMEWORKS.keys()


@pytest.mark.parametrize("example", [EXAMPLE], ids=[EXAMPLE.key])
def test_the_built_page_shows_the_grid_and_highlights_the_differences(
    example, snippet_results, real_site
):
    check_built_page((real_site / "dtypes.html").read_text(encoding="utf-8"), snippet_results)


def check_built_page(html: str, snippet_results) -> None:
    """The page's grid: every cell the snippets' three results, top to bottom (an error by
    its initials, spelt out in the legend), and the differs class exactly where they differ."""
    tables = _tables(snippet_results)
    names = tables["torch"]["names"]
    rows = table_rows(html, "prelim-promotion")
    assert len(rows) == len(names), f"{len(rows)} rows for {len(names)} dtypes"
    body = re.search(r'<table class="[^"]*prelim-promotion[^"]*">(.*?)</table>', html, re.S)
    assert body, "no promotion table on the page"
    classes = [
        'class="' in td and DIFFERS in td
        for td in re.findall(r"<td[^>]*>", body.group(1).split("<tbody>", 1)[1])
    ]
    legend = dict(
        (short, unescape(full))
        for short, full in re.findall(r"; (\w+) = <code[^>]*><span[^>]*>(\w+)<", html)
    )
    differs = 0
    for i, a in enumerate(names):
        assert rows[i][0] == a
        for j, b in enumerate(names):
            expected = [tables[fw]["cells"][i][j] for fw in FRAMEWORKS]
            words = rows[i][j + 1].split()
            shown = [legend.get(w, w) for w in words[1::2]]
            assert words[0::2] == list(SHORT.values()), (a, b, words)
            assert shown == expected, (a, b, shown, expected)
            marked = classes[i * (len(names) + 1) + j + 1]
            assert marked == (len(set(expected)) > 1), (a, b, expected, marked)
            differs += marked
    assert 0 < differs < len(names) ** 2
