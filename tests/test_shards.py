"""Shards and bundles (prelim.execute.shards): each framework executed apart, in its own
process and folder, writes a bundle; a build given the bundles renders the same site as
the one-machine build and executes nothing; a unit missing, stale or from another
environment stops the render, named.

The fixture site (one page, three frameworks, a figure, declared errors) executed as two
shards, `torch,jax` and `tf`, each a separate process with its own folder and cache.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import nbformat
import pytest

from helpers import build, executed, html_of, small_site, text_of
from html_compare import differences

#: the full tier: shards are about processes and environments (several builds each)
pytestmark = [pytest.mark.slow, pytest.mark.full]

SHARDS = {"torch-jax": "torch,jax", "tf": "tf"}


def execute_shard(folder: Path, frameworks: str) -> Path:
    """A shard as `nox -s execute` runs it: its own copy of the site, its own cache."""
    site = small_site(folder / "site")
    bundle = folder / "bundle"
    proc = build(
        site,
        "-D",
        f"prelim_bundle={bundle}",
        builder="dummy",
        fresh=True,
        env={"PRELIM_FRAMEWORKS": frameworks},
    )
    assert proc.returncode == 0, proc.log[-3000:]
    return bundle


@pytest.fixture(scope="module")
def bundles(tmp_path_factory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("shards")
    return {name: execute_shard(base / name, fws) for name, fws in SHARDS.items()}


def render(site: Path, *folders: Path, extra: tuple[str, ...] = ()):
    return build(
        site, "-D", "prelim_executed=" + ",".join(str(f) for f in folders), *extra, fresh=True
    )


def test_a_bundle_holds_its_frameworks_units_only(bundles):
    index = json.loads((bundles["torch-jax"] / "bundle.json").read_text())
    assert index["frameworks"] == ["torch", "jax"]
    assert sorted(index["units"]) == ["basics/jax", "basics/torch"]
    unit = nbformat.read(bundles["torch-jax"] / "basics" / "jax.ipynb", as_version=4)
    snippets = [c.metadata["snippet"] for c in unit.cells if "snippet" in c.metadata]
    assert snippets and all(s.endswith("_jax.py") for s in snippets), snippets
    assert "FRAMEWORKS = ('jax',)" in unit.cells[0].source  # its hidden cells: JAX's alone
    assert sorted(json.loads((bundles["tf"] / "bundle.json").read_text())["units"]) == ["basics/tf"]


def test_two_shards_render_the_one_machine_site(bundles, fresh_fixture_build, tmp_path):
    site = small_site(tmp_path / "site")
    proc = render(site, bundles["torch-jax"], bundles["tf"])
    assert proc.returncode == 0, proc.log[-3000:]
    assert executed(proc.log) == []  # rendered from the bundles: nothing ran here
    diffs = differences(fresh_fixture_build / "_build" / "html", site / "_build" / "html")
    assert not diffs, "\n\n".join(diffs)


def test_a_missing_unit_fails_the_render_naming_it(bundles, tmp_path):
    site = small_site(tmp_path / "site")
    proc = render(site, bundles["torch-jax"])
    assert proc.returncode != 0
    assert "basics/tf: no bundle holds this unit" in proc.log, proc.log[-3000:]
    assert "nox -s execute -- --frameworks tf" in proc.log
    assert not (site / "_build" / "html" / "basics.html").exists()


def test_a_unit_whose_code_changed_fails_the_render(bundles, tmp_path):
    site = small_site(tmp_path / "site")
    path = site / "snippets/basics/add_tf.py"
    path.write_text(path.read_text() + "\nx * 2\n")
    proc = render(site, bundles["torch-jax"], bundles["tf"])
    assert proc.returncode != 0
    assert f"basics/tf in {bundles['tf']} is out of date: its code" in proc.log, proc.log[-3000:]
    assert "basics/torch" not in proc.log and "basics/jax" not in proc.log
    assert not (site / "_build" / "html" / "basics.html").exists()


def gpu_bundle(bundles, dest: Path) -> Path:
    """The torch,jax bundle as a GPU machine with its own builds would write it (its
    environment and its PyTorch provenance say so; the rest is as executed here)."""
    shutil.copytree(bundles["torch-jax"], dest)
    path = dest / "basics" / "torch.ipynb"
    unit = nbformat.read(path, as_version=4)
    meta = unit.metadata["prelim_unit"]
    meta["environment"] = (
        meta["environment"]
        .replace("python==3.11", "python==3.12")
        .replace("gpu=none", "gpu=NVIDIA H200")
    )
    for cell in unit.cells:
        if cell.metadata.get("prelim") == "provenance":
            data = json.loads(cell.outputs[-1]["text"].strip().splitlines()[-1])
            data["python"], data["torch"][1:] = "3.12.3", ["cuda:0", "NVIDIA H200"]
            cell.outputs[-1]["text"] = json.dumps(data) + "\n"
    nbformat.write(unit, path)
    index = json.loads((dest / "bundle.json").read_text())
    from prelim.core.bundles import file_hash

    index["units"]["basics/torch"].update(environment=meta["environment"], run=file_hash(path))
    (dest / "bundle.json").write_text(json.dumps(index))
    return dest


def test_another_environment_is_stale_unless_accepted(bundles, tmp_path):
    gpu = gpu_bundle(bundles, tmp_path / "gpu")
    site = small_site(tmp_path / "site")
    refused = render(site, gpu, bundles["tf"])
    assert refused.returncode != 0
    assert "basics/torch in" in refused.log and "it ran with python==3.12" in refused.log, (
        refused.log[-3000:]
    )
    assert "prelim_accept_environment=1" in refused.log
    accepted = render(site, gpu, bundles["tf"], extra=("-D", "prelim_accept_environment=1"))
    assert accepted.returncode == 0, accepted.log[-3000:]
    text = text_of(html_of(site, "basics"))
    # the page names what each unit ran with: PyTorch on the GPU, the others here
    assert "on cuda:0 (NVIDIA H200)" in text
    assert "Python 3.12.3 (PyTorch), 3.11" in text and "(JAX, TensorFlow)" in text


def test_a_tampered_bundle_file_fails_the_render(bundles, tmp_path):
    copy = tmp_path / "tf"
    shutil.copytree(bundles["tf"], copy)
    path = copy / "basics" / "tf.ipynb"
    path.write_text(path.read_text().replace("tf.Tensor", "tf.Tensr"))
    site = small_site(tmp_path / "site")
    proc = render(site, bundles["torch-jax"], copy)
    assert proc.returncode != 0
    assert "is missing or changed since the bundle was written" in proc.log, proc.log[-3000:]


def test_a_framework_given_twice_fails_the_render(bundles, tmp_path):
    twice = tmp_path / "tf-again"
    shutil.copytree(bundles["tf"], twice)
    site = small_site(tmp_path / "site")
    proc = render(site, bundles["torch-jax"], bundles["tf"], twice)
    assert proc.returncode != 0
    assert (
        f"basics/tf: in {bundles['tf']} and {twice}; pass each framework's bundle once" in proc.log
    ), proc.log[-3000:]


def test_a_folder_that_is_no_bundle_is_refused_before_reading(tmp_path):
    site = small_site(tmp_path / "site")
    proc = render(site, tmp_path)
    assert proc.returncode != 0
    assert f"{tmp_path}: not a bundle (it has no bundle.json)" in proc.log, proc.log[-3000:]


def test_a_shard_whose_unit_failed_writes_no_bundle(tmp_path):
    """A unit that kills its kernel is no executed unit: the shard fails, naming it, and
    leaves no bundle a render could take for complete."""
    site = small_site(tmp_path / "site")
    (site / "snippets/basics/add_tf.py").write_text("import os\n\nos._exit(3)\n")
    bundle = tmp_path / "bundle"
    (bundle / "basics").mkdir(parents=True)  # an older bundle there is not kept either
    proc = build(
        site,
        "-D",
        f"prelim_bundle={bundle}",
        builder="dummy",
        fresh=True,
        env={"PRELIM_FRAMEWORKS": "tf"},
    )
    assert proc.returncode != 0
    assert f"no bundle written to {bundle}: basics/tf did not execute" in proc.log, proc.log[-3000:]
    assert not bundle.exists()
