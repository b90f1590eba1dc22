"""The site's local Sphinx extension. Its folders are the pipeline a page goes through:

- ``core``: what every stage shares (the snippet model, the frameworks, the environment,
  the differences registry, the cells' roles, output text, the calls a snippet makes);
- ``kernel``: code that runs where a page's cells run (the hidden cells, the zygote, the
  shell of a forked unit);
- ``read``: a page's ``:example:`` cells become one cell per framework, plus hidden cells;
- ``execute``: outdated pages run before Sphinx reads them, one unit per framework, in
  processes forked from one import of each framework, in parallel; or their units come
  from bundles executed elsewhere;
- ``check``: outputs judged and cleaned, result types recorded, volatile outputs marked;
- ``render``: framework tabs (or, in a PDF, one framework's cells), the Compare view,
  "Frameworks differ" callouts, links from calls to their API pages, exercises (solutions
  hold tabs; numbered per chapter), the provenance line;
- ``generate``: the reference tables, the dtype-promotion table, the execution report,
  the downloads, the PDF links;
- ``build``: guards before anything is read, partial builds, the HTML and LaTeX extras.

A module imports only from its own stage and the stages listed before it
(tests/test_layers.py). Each module has one ``setup_*``; ``setup`` below wires them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sphinx.errors import ConfigError

from .builder.early_assets import setup_early_assets
from .builder.guards import setup_guards
from .builder.latex import setup_latex
from .builder.mathjax import setup_mathjax
from .builder.page_meta import setup_page_meta
from .builder.partial import setup_partial
from .builder.template_cache import setup_template_cache
from .check.execution_failures import setup_execution_failures
from .check.outputs import setup_outputs
from .check.result_types import setup_result_types
from .check.unexecuted import setup_unexecuted
from .check.volatile import setup_volatile
from .core.environment import fingerprint
from .core.frameworks import (
    SUBSET_VARIABLE,
    FrameworkChoiceError,
    missing_frameworks,
    selected_frameworks,
)
from .core.options import register as register_options
from .execute.failures import setup_failures
from .execute.parallel import setup_parallel
from .execute.shards import setup_shards
from .generate.downloads import setup_downloads
from .generate.pdfs import setup_pdfs
from .generate.promotion import setup_promotion
from .generate.reference import setup_reference
from .generate.report import setup_report
from .generate.tables import setup_tables
from .read.page import setup_page
from .render.api_links import setup_api_links
from .render.callouts import setup_callouts
from .render.compare import setup_compare
from .render.downloads import setup_download_line
from .render.exercises import setup_exercises
from .render.one_framework import setup_one_framework
from .render.provenance import setup_provenance
from .render.tabs import setup_tabs

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config
    from sphinx.util.typing import ExtensionMetadata

STATIC = Path(__file__).parent / "static"

#: myst-nb settings the extension depends on (set here so every site using it gets them)
REQUIRED_MYST_NB = {
    # every .md page goes through our reader, which expands `:example:` cells
    "nb_custom_formats": {".md": ["prelim.read.page.read_page", {}, False]},
    # errors become outputs; `check.outputs` judges them and names the snippet file and line
    "nb_execution_allow_errors": True,
    "nb_execution_raise_on_error": False,
    "nb_merge_streams": True,
}


def _require_myst_nb_settings(app: Sphinx, config: Config) -> None:
    for name, value in REQUIRED_MYST_NB.items():
        config[name] = value


def _check_frameworks(app: Sphinx, config: Config) -> None:
    try:
        chosen = selected_frameworks()
    except FrameworkChoiceError as err:
        raise ConfigError(str(err)) from None
    executes = config.nb_execution_mode != "off" and not config.prelim_executed
    if executes and (missing := missing_frameworks(chosen)):
        raise ConfigError(
            f"cannot execute the examples: {', '.join(missing)} is not installed in this "
            "environment. Build with `nox -s docs` (it installs the pinned stack), or build "
            f"the others only with {SUBSET_VARIABLE}="
            + ",".join(fw for fw in chosen if fw not in missing)
        )
    # a changed environment (versions, device, subset) re-reads every page
    config.prelim_environment = fingerprint(chosen)


def _ship_static(app: Sphinx, config: Config) -> None:
    """The extension carries its own style (static/prelim.css), whatever the site sets."""
    if str(STATIC) not in config.html_static_path:
        config.html_static_path.append(str(STATIC))


def setup(app: Sphinx) -> ExtensionMetadata:
    register_options(app)  # every prelim_* setting: core/options.py
    app.connect("config-inited", _require_myst_nb_settings, priority=100)  # before myst-nb's
    app.connect("config-inited", _check_frameworks)
    app.connect("config-inited", _ship_static)
    app.add_css_file("prelim.css")
    # in pipeline order; transforms order themselves by priority (core/priorities.py)
    for stage in (
        setup_page,
        setup_parallel,
        setup_shards,
        setup_failures,
        setup_unexecuted,
        setup_execution_failures,
        setup_outputs,
        setup_result_types,
        setup_volatile,
        setup_tabs,
        setup_exercises,
        setup_callouts,
        setup_one_framework,
        setup_compare,
        setup_api_links,
        setup_provenance,
        setup_download_line,
        setup_tables,
        setup_reference,
        setup_promotion,
        setup_report,
        setup_pdfs,
        setup_downloads,
        setup_guards,
        setup_partial,
        setup_mathjax,
        setup_early_assets,
        setup_page_meta,
        setup_template_cache,
        setup_latex,
    ):
        stage(app)
    return {
        "version": "1",
        "parallel_read_safe": True,
        "parallel_write_safe": True,
        "env_version": 2,
    }  # 2: code blocks carry their calls (render.api_links)
