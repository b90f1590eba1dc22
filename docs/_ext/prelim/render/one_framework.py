"""A book in one framework: in a LaTeX build with ``prelim_pdf_framework`` set, each
example shows only that framework's cell (code and executed output), with no tab set.

The choice is made here, after execution and after the tab sets (410), the reference
records (415) and the callouts (416) were made from all three cells: the notebook a page
becomes is the same in every build, so the execution cache serves the HTML and the three
PDFs from one execution, and the reference tables still compare all three frameworks.
The example keeps its anchor (the tables link to it) and its callouts (they concern the
reader's framework too).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.errors import ConfigError
from sphinx.transforms import SphinxTransform

from ..core.cells import is_example_cell
from ..core.frameworks import FRAMEWORKS, selected_frameworks
from ..core.priorities import priority
from ..core.reading import build_app

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders import Builder
    from sphinx.config import Config

CONFIG = "prelim_pdf_framework"


def chosen_framework(value: str) -> str:
    """The framework key for a config value given as a key or a sync id (or label).

    >>> chosen_framework("pytorch"), chosen_framework("jax"), chosen_framework("tf")
    ('torch', 'jax', 'tf')
    >>> chosen_framework("")
    ''
    """
    value = value.strip()
    if not value:
        return ""
    for key, fw in FRAMEWORKS.items():
        if value.lower() in (key, fw.sync_id, fw.label.lower()):
            return key
    raise ConfigError(
        f"{CONFIG}={value!r}: not a framework; use one of "
        + ", ".join(fw.sync_id for fw in FRAMEWORKS.values())
    )


def one_framework(tab_set: nodes.container, framework: str) -> nodes.container:
    """The example as a plain container holding only ``framework``'s cell."""
    box = nodes.container(classes=["prelim-example", "prelim-one-framework"])
    box["prelim_example"] = tab_set["prelim_example"]
    box.source, box.line = tab_set.source, tab_set.line
    # the anchor the reference tables link to, as a target: LaTeX labels a target's ids,
    # not a container's
    box += nodes.target("", "", ids=list(tab_set["ids"]))
    for cell in tab_set.findall(is_example_cell):
        if cell["cell_metadata"]["framework"] == framework:
            cell.parent.remove(cell)
            box += cell
            break
    return box


def pdf_framework(config: Config, builder: Builder) -> str:
    """The framework this build shows alone (a LaTeX build with the config set), or ""."""
    framework = chosen_framework(config[CONFIG])
    return framework if framework and builder.format == "latex" else ""


def in_the_pdf(report: dict[str, Any], config: Config, builder: Builder) -> dict[str, Any]:
    """The provenance report as the build shows it: one framework's entry in its PDF.

    >>> class Latex: format = "latex"
    >>> in_the_pdf({"torch": {}, "jax": {}, "python": "3.11"}, {CONFIG: "jax"}, Latex)
    {'jax': {}, 'python': '3.11'}
    """
    framework = pdf_framework(config, builder)
    if not framework:
        return report
    return {
        key: value for key, value in report.items() if key == framework or key not in FRAMEWORKS
    }


class OneFramework(SphinxTransform):
    default_priority = priority("OneFramework")

    def apply(self, **kwargs: Any) -> None:
        framework = pdf_framework(self.config, build_app().builder)
        if not framework:
            return
        for tab_set in list(self.document.findall(nodes.container)):
            if "prelim_example" in tab_set and "prelim-one-framework" not in tab_set["classes"]:
                tab_set.replace_self(one_framework(tab_set, framework))


def _check(app: Sphinx, config: Config) -> None:
    framework = chosen_framework(config[CONFIG])
    if framework and framework not in selected_frameworks():
        raise ConfigError(
            f"{CONFIG}={config[CONFIG]} but this build does not execute "
            f"{FRAMEWORKS[framework].label}: unset PRELIM_FRAMEWORKS"
        )


def setup_one_framework(app: Sphinx) -> None:
    app.connect("config-inited", _check)
    app.add_transform(OneFramework)
