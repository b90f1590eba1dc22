"""The transforms' priorities live in one table (prelim/core/priorities.py): every
transform of the extension takes its number from there, no two share one, and the stages
run in the pipeline's order but for the listed exceptions."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest
from sphinx.transforms import SphinxTransform
from sphinx.transforms.post_transforms import SphinxPostTransform

import prelim
from prelim.core import priorities


def _transforms() -> dict[str, tuple[str, type]]:
    """Every transform class the extension defines: name -> (its stage, the class)."""
    found = {}
    for info in pkgutil.walk_packages(prelim.__path__, "prelim."):
        if info.name.endswith("_cell") or info.name.startswith("prelim.kernel"):
            continue  # kernel cells run in the kernels, not in Sphinx
        module = importlib.import_module(info.name)
        for name, obj in vars(module).items():
            if (
                inspect.isclass(obj)
                and obj.__module__ == module.__name__
                and issubclass(obj, SphinxTransform)
            ):
                found[name] = (info.name.split(".")[1], obj)
    return found


def test_every_transform_takes_its_priority_from_the_table():
    tables = {**priorities.TRANSFORMS, **priorities.POST_TRANSFORMS}
    found = _transforms()
    assert set(found) == set(tables), (
        "transforms missing from prelim/core/priorities.py: "
        f"{sorted(set(found) - set(tables))}; listed but gone: {sorted(set(tables) - set(found))}"
    )
    for name, (stage, cls) in found.items():
        table_stage, number = tables[name]
        assert cls.default_priority == number, f"{name} does not use priority({name!r})"
        assert stage == table_stage, f"{name} lives in {stage}/, the table says {table_stage}"
        post = issubclass(cls, SphinxPostTransform)
        assert post == (name in priorities.POST_TRANSFORMS), name


@pytest.mark.parametrize("table", ["TRANSFORMS", "POST_TRANSFORMS"])
def test_no_two_transforms_share_a_priority(table):
    numbers = [number for _, number in getattr(priorities, table).values()]
    assert len(numbers) == len(set(numbers)), f"{table}: {sorted(numbers)}"


def test_stages_run_in_pipeline_order_but_for_the_listed_exceptions():
    late = _late(priorities.TRANSFORMS)
    assert late == set(priorities.EXCEPTIONS), (
        f"out of the pipeline's order ({', '.join(priorities.STAGES)}): {sorted(late)}; "
        f"listed as exceptions: {sorted(priorities.EXCEPTIONS)} (list one with its reason, "
        "or drop an entry that is in order again)"
    )


def _late(table: dict[str, tuple[str, int]]) -> set[str]:
    """The transforms of a later stage that run before one of an earlier stage."""
    order = priorities.STAGES
    return {
        name
        for name, (stage, number) in table.items()
        for _, (other, other_number) in table.items()
        if order.index(stage) > order.index(other) and number < other_number
    }


def test_the_order_check_sees_a_transform_out_of_its_stage():
    table = {"a": ("check", 1), "b": ("render", 2), "c": ("generate", 3)}
    assert _late(table) == set()
    assert _late({**table, "c": ("generate", 0)}) == {"c"}  # a generate before a check
