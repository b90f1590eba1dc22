"""generate/: the reference tables are made from what the build's kernels recorded, in an
in-process build rendering stored units a test edits (tests/in_process.py).

A result type the TensorFlow unit recorded differently shows in the dtype table, in
TensorFlow's column and that example's row only: the table is read from the record, not
computed again.
"""

from __future__ import annotations

import json

from in_process import build_in_process, copy_of, edit_unit, stored_unit

from helpers import table_rows
from prelim.core.cells import RESULT_TYPES_REPORT


def test_the_dtype_table_shows_what_the_units_recorded(fresh_fixture_build, tmp_path):
    site = copy_of(fresh_fixture_build, tmp_path / "site")

    def edit(nb):
        cell = next(c for c in nb.cells if c.metadata.get("prelim") == RESULT_TYPES_REPORT)
        text = "".join(o["text"] for o in cell.outputs)
        record = json.loads(text.strip().splitlines()[-1])
        assert list(record.values()).count("int32") == 1, record  # add's int32
        record = {k: "int16" if v == "int32" else v for k, v in record.items()}
        cell.outputs = [{"output_type": "stream", "name": "stdout",
                         "text": json.dumps(record, sort_keys=True) + "\n"}]  # fmt: skip

    edit_unit(stored_unit(site, "basics", "tf"), edit)
    built = build_in_process(site)
    assert built.executed == []
    assert table_rows(built.page("reference"), "prelim-dtypes") == [
        ["add (Basics)", "int64", "int32", "int16", "dtype"],
        ["assign (Immutability)", "float32", "raises TypeError", "raises TypeError", "raises"],
        ["plot (A figure)", "figure", "figure", "figure", "–"],
    ]


def test_a_promotion_table_on_a_page_not_executed_says_so(fresh_fixture_build, tmp_path):
    """`--no-exec` renders every page without warnings: a promotion table, made from
    outputs, is a line saying they were not executed (not a warning, not an empty grid)."""
    site = copy_of(fresh_fixture_build, tmp_path / "site")
    basics = site / "docs" / "basics.md"
    basics.write_text(basics.read_text() + "\n```{prelim-promotion} add\n```\n")
    built = build_in_process(site, nb_execution_mode="off")
    assert built.executed == []
    assert "prelim-promotion" not in built.warnings, built.warnings
    assert (
        "The promotion table of basics/add is made from the outputs of its examples, which "
        "this build did not execute." in " ".join(built.page("basics").split())
    )
