"""The three frameworks, and which of them a build executes.

Imported by the extension, the tests and the tools: it must not import any framework.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import os
from collections.abc import Iterable


@dataclasses.dataclass(frozen=True)
class Framework:
    key: str  # torch | jax | tf: the snippet file suffix `_<key>.py`, PRELIM_FRAMEWORKS
    label: str  # the tab's label
    module: str  # what a snippet imports
    distribution: str  # the package pip installs (its version keys the cache)
    sync_id: str  # the tabs' sync id, in URLs and storage: ?framework=<sync_id>

    @property
    def suffix(self) -> str:
        return f"_{self.key}"


#: in the site's order: tabs, tables and downloads list them this way
FRAMEWORKS = {
    fw.key: fw
    for fw in (
        Framework("torch", "PyTorch", "torch", "torch", "pytorch"),
        Framework("jax", "JAX", "jax", "jax", "jax"),
        Framework("tf", "TensorFlow", "tensorflow", "tensorflow", "tensorflow"),
    )
}

#: PRELIM_FRAMEWORKS=torch,jax builds a subset (a GPU machine without TensorFlow, say);
#: every page then carries a banner naming what was not executed.
SUBSET_VARIABLE = "PRELIM_FRAMEWORKS"


class FrameworkChoiceError(ValueError):
    pass


def selected_frameworks() -> tuple[str, ...]:
    """The frameworks this build executes, in the site's order.

    >>> os.environ[SUBSET_VARIABLE] = "tf, torch"
    >>> selected_frameworks()
    ('torch', 'tf')
    >>> del os.environ[SUBSET_VARIABLE]
    """
    raw = os.environ.get(SUBSET_VARIABLE, "").strip()
    if not raw:
        return tuple(FRAMEWORKS)
    chosen = [x.strip() for x in raw.split(",") if x.strip()]
    unknown = [x for x in chosen if x not in FRAMEWORKS]
    if unknown or not chosen:
        raise FrameworkChoiceError(
            f"{SUBSET_VARIABLE}={raw!r}: unknown framework {', '.join(unknown) or '(none)'}; "
            f"use a comma-separated subset of {', '.join(FRAMEWORKS)}"
        )
    return tuple(fw for fw in FRAMEWORKS if fw in chosen)


def missing_frameworks(frameworks: Iterable[str]) -> list[str]:
    return [fw for fw in frameworks if importlib.util.find_spec(FRAMEWORKS[fw].module) is None]
