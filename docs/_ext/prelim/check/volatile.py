"""Examples whose output legitimately changes from build to build, declared in the page.

Two builds of the site give identical pages (tests/test_determinism.py checks it), except
where the output measures the build itself: a timing chart differs on every run. Such an
example says so, with the reason, where it is used::

    ```{code-cell}
    :example: eager_vs_compiled
    :volatile: timings differ on every run and machine
    ```

Its cells get the class ``prelim-volatile`` (the class the execution report gives its
run times), which the determinism test ignores; a ``:volatile:`` without a reason is a
warning.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sphinx.transforms import SphinxTransform
from sphinx.util import logging

from ..core.cells import VOLATILE, is_example_cell
from ..core.priorities import priority

if TYPE_CHECKING:
    from sphinx.application import Sphinx

logger = logging.getLogger(__name__)


class MarkVolatileOutputs(SphinxTransform):
    default_priority = priority("MarkVolatileOutputs")

    def apply(self, **kwargs: Any) -> None:
        warned = set()
        for cell in self.document.findall(is_example_cell):
            meta = cell["cell_metadata"]
            if "volatile" not in meta:
                continue
            reason = meta["volatile"]
            missing = not isinstance(reason, str) or not reason.strip()
            if missing and meta["example"] not in warned:
                warned.add(meta["example"])
                logger.warning(
                    f"example {meta['example']!r}: `:volatile:` needs the reason "
                    "its output changes between builds (`:volatile: timings "
                    "differ on every run`)",
                    location=cell,
                    type="prelim",
                    subtype="volatile",
                )
            cell["classes"].append(VOLATILE)


def setup_volatile(app: Sphinx) -> None:
    app.add_transform(MarkVolatileOutputs)
