"""Shards: execute some frameworks here and write their units as a bundle; render the site
from bundles executed elsewhere.

- ``-D prelim_bundle=DIR`` (``nox -s execute -- --frameworks torch,jax --out DIR``): after a
  build that read every page, the units it executed or found in the store (the frameworks
  of ``PRELIM_FRAMEWORKS``) are copied to DIR with an index (``core.bundles``). The
  folder is replaced: a bundle holds one build's units and nothing older.
- ``-D prelim_executed=DIR,DIR`` (``nox -s docs -- --executed DIR DIR``): nothing executes.
  Every unit of every page read comes from the bundles, and the build stops, naming each
  unit, if one is missing, is in two bundles, or is out of date: its code changed since
  it ran, or it ran in another environment (other versions or Python) than this one
  pins. ``-D prelim_accept_environment=1`` accepts the bundles' own environments (a GPU
  machine with its own CUDA builds); each page then names what its units ran with. The
  device is never compared: the pages always name it.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import nbformat
from sphinx.errors import SphinxError
from sphinx.util import logging

from ..core import bundles
from ..core.environment import fingerprint
from ..core.frameworks import FRAMEWORKS, selected_frameworks
from . import units

if TYPE_CHECKING:
    from nbformat import NotebookNode
    from sphinx.application import Sphinx
    from sphinx.config import Config
    from sphinx.environment import BuildEnvironment

    class _Page(Protocol):
        """What is used here of ``parallel.Page`` (which imports this module)."""

        docname: str
        notebook: NotebookNode
        done: dict[str, NotebookNode]


logger = logging.getLogger(__name__)
#: what the units of a build are, for the bundle: docname -> framework -> store file
UNITS_ATTR = "prelim_units"


class ExecutedUnitsError(SphinxError):
    category = "Executed units"


def setup_shards(app: Sphinx) -> None:
    app.connect("config-inited", _check_bundles)
    app.connect("build-finished", _write_bundle)


def _check_bundles(app: Sphinx, config: Config) -> None:
    """Bad bundle folders stop the build before any page is read."""
    for folder in bundles.executed_folders(config.prelim_executed):
        try:
            bundles.load_index(folder)
        except bundles.BundleError as err:
            raise ExecutedUnitsError(str(err)) from None
    if config.prelim_executed and config.prelim_bundle:
        raise ExecutedUnitsError(
            "prelim_bundle and prelim_executed together: a build either "
            "executes units (and may write a bundle) or renders bundles"
        )


def writes_bundle(app: Sphinx, env: BuildEnvironment, docnames: Iterable[str]) -> bool:
    """Whether this build writes a bundle; it must read every page to know all units."""
    if not app.config.prelim_bundle:
        return False
    unread = sorted(set(env.found_docs) - set(docnames))
    if unread:
        raise ExecutedUnitsError(
            f"prelim_bundle is set, but this build does not read {', '.join(unread[:5])}"
            f"{' ...' if len(unread) > 5 else ''}: a bundle is written by a build that reads "
            "every page (sphinx-build -E; nox -s execute does)"
        )
    setattr(app, UNITS_ATTR, {})
    return True


def note_units(
    app: Sphinx, docname: str, frameworks: Iterable[str], done: dict[str, NotebookNode], store: Path
) -> None:
    """Remember which store files hold a page's current units (for the bundle); None for
    a unit that failed."""
    if (noted := getattr(app, UNITS_ATTR, None)) is not None:
        noted[docname] = {
            fw: bundles.unit_file(store, docname, fw) if fw in done else None for fw in frameworks
        }


def _write_bundle(app: Sphinx, exc: Exception | None) -> None:
    noted = getattr(app, UNITS_ATTR, None)
    if exc is not None or noted is None:
        return
    out = Path(app.config.prelim_bundle).absolute()
    if out.exists():
        shutil.rmtree(out)  # a bundle holds one build's units, never an older one's
    failed = [
        bundles.unit_name(d, fw)
        for d, files in sorted(noted.items())
        for fw, source in files.items()
        if source is None
    ]
    if failed:
        logger.warning(
            f"no bundle written to {out}: {', '.join(failed)} did not execute "
            "(the warnings above say why); fix them and run the shard again",
            type="prelim",
            subtype="bundle",
        )
        return
    out.mkdir(parents=True)
    index = {}
    for docname, files in sorted(noted.items()):
        for fw, source in files.items():
            target = bundles.unit_file(out, docname, fw)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            meta = nbformat.read(target, as_version=4).metadata[bundles.META]
            index[bundles.unit_name(docname, fw)] = {**meta, "run": bundles.file_hash(target)}
    bundles.write_index(out, selected_frameworks(), index)
    logger.info(f"wrote a bundle of {len(index)} executed unit(s) to {out}")


def _comparable(environment: str) -> dict[str, str]:
    """A fingerprint's parts, without the device (pages name it; it never makes a unit
    stale).

    >>> _comparable("python==3.11.7 torch==2.13.0 gpu=none")
    {'python': '3.11.7', 'torch': '2.13.0'}
    """
    parts = dict(p.split("==", 1) for p in environment.split() if "==" in p)
    return parts


def _environment_problem(ran: str, pinned: str) -> str | None:
    ran_parts, pinned_parts = _comparable(ran), _comparable(pinned)
    differ = sorted(
        k for k in set(ran_parts) | set(pinned_parts) if ran_parts.get(k) != pinned_parts.get(k)
    )
    if not differ:
        return None
    return (
        "it ran with "
        + ", ".join(f"{k}=={ran_parts.get(k, '(none)')}" for k in differ)
        + ", and this environment has "
        + ", ".join(f"{k}=={pinned_parts.get(k, '(none)')}" for k in differ)
    )


def take_from_bundles(app: Sphinx, folders: list[Path], pages: Sequence[_Page]) -> None:
    """Give each page its units from the bundles, or stop naming every unit that is not
    there or not current."""
    accept = bool(app.config.prelim_accept_environment)
    given = ", ".join(str(f) for f in folders)
    problems = []
    for page in pages:
        for fw in units.frameworks_of(page.notebook):
            name = bundles.unit_name(page.docname, fw)
            holders = [f for f in folders if name in bundles.load_index(f)["units"]]
            redo = f"nox -s execute -- --frameworks {fw}"
            if not holders:
                problems.append(
                    f"{name}: no bundle holds this unit (bundles: {given}). "
                    f"Execute it ({redo}) and pass its bundle too"
                )
                continue
            if len(holders) > 1:
                problems.append(
                    f"{name}: in {holders[0]} and {holders[1]}; pass each framework's bundle once"
                )
                continue
            folder = holders[0]
            entry = bundles.load_index(folder)["units"][name]
            unit = units.split(page.notebook, fw)
            if entry.get("code") != units.code_hash(unit):
                problems.append(
                    f"{name} in {folder} is out of date: its code (a snippet, "
                    f"the page or the build's hidden cells) changed since it was "
                    f"executed. Execute it again: {redo}"
                )
                continue
            if not accept and (
                why := _environment_problem(entry.get("environment", ""), fingerprint((fw,)))
            ):
                problems.append(
                    f"{name} in {folder} is out of date: {why}. Execute it again with the "
                    f"pinned versions ({redo}), or accept the bundle's own environment "
                    "(-D prelim_accept_environment=1; nox -s docs -- --accept-environment): "
                    "its page then names what it ran with"
                )
                continue
            path = bundles.unit_file(folder, page.docname, fw)
            if not path.is_file() or bundles.file_hash(path) != entry.get("run"):
                problems.append(
                    f"{name}: {path} is missing or changed since the bundle was "
                    f"written; write the bundle again: {redo}"
                )
                continue
            page.done[fw] = nbformat.read(path, as_version=4)
    if problems:
        raise ExecutedUnitsError(
            f"{len(problems)} executed unit(s) cannot be rendered, and this build executes "
            "nothing (it renders from bundles: prelim_executed):\n- " + "\n- ".join(problems)
        )
    if accept:
        for page in pages:
            for fw, nb in page.done.items():
                ran = nb.metadata[bundles.META].get("environment", "")
                if why := _environment_problem(ran, fingerprint((fw,))):
                    logger.info(
                        f"accepted the {FRAMEWORKS[fw].label} unit's own environment ({why})",
                        location=page.docname,
                    )
