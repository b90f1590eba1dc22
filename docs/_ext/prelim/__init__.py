"""The site's local Sphinx extension, split by concern.

- ``snippet_loading``: pages refer to examples; the reader loads their snippet files;
- ``tabs``: each example's cells become PyTorch | JAX | TensorFlow tabs, synced site-wide;
- ``outputs``: undeclared errors fail the build; log noise and local paths never show;
- ``provenance``: each page names the versions and devices its outputs came from;
- ``downloads``: each chapter as a notebook per framework, and its snippets as a zip;
- ``report``: the execution report page (status, run time, environment);
- ``local_mathjax``, ``page_meta``: MathJax served by the site itself; meta descriptions.
- ``parallel_execution``: outdated pages execute before Sphinx reads them, ``-j`` at a time;
- ``partial_builds``: ``--only`` and ``--no-exec`` builds, which say what they left out.
- ``template_cache``: the theme's compiled templates kept between builds.
- ``result_capture``, ``differences``, ``reference``: what each example returned, the
  registry of real differences shown after their examples, and the generated reference
  tables (dtypes, the Rosetta index of calls, the differences); ``generated_tables``:
  the reading order and table builder the report and the reference share.
- ``exercises``: sphinx-exercise's solutions hold framework tabs; the teacher's build
  (``-D hide_solutions=1``) leaves them out; the downloads set them apart.
"""

from __future__ import annotations

from . import (
    build_guards,
    differences,
    downloads,
    environment,
    execution_failures,
    exercises,
    local_mathjax,
    page_meta,
    parallel_execution,
    partial_builds,
    reference,
    report,
    result_capture,
    snippet_loading,
    template_cache,
    volatile,
)
from .outputs import CheckSnippetOutputs
from .provenance import Provenance
from .tabs import ExampleTabs


def _check_frameworks(app, config):
    from sphinx.errors import ConfigError

    try:
        chosen = environment.selected_frameworks()
    except environment.FrameworkChoiceError as err:
        raise ConfigError(str(err)) from None
    if config.nb_execution_mode != "off" and (missing := environment.missing_frameworks(chosen)):
        raise ConfigError(
            f"cannot execute the examples: {', '.join(missing)} is not installed in this "
            "environment. Build with `nox -s docs` (it installs the pinned stack), or build "
            f"the others only with {environment.SUBSET_VARIABLE}="
            + ",".join(fw for fw in chosen if fw not in missing))
    # a changed environment (versions, device, subset) re-reads every page
    config.prelim_environment = environment.fingerprint(chosen)


#: myst-nb settings the extension depends on (set here so every site using it gets them)
REQUIRED_MYST_NB = {
    # every .md page goes through our reader, which expands `:example:` cells
    "nb_custom_formats": {".md": ["prelim.snippet_loading.read_page", {}, False]},
    # errors become outputs; `outputs` judges them and names the snippet file and line
    "nb_execution_allow_errors": True,
    "nb_execution_raise_on_error": False,
    "nb_merge_streams": True,
}


def _require_myst_nb_settings(app, config):
    for name, value in REQUIRED_MYST_NB.items():
        config[name] = value


def setup(app):
    snippet_loading.APP = app
    app.add_config_value("prelim_environment", "", "env")
    app.add_config_value("prelim_snippets", "snippets", "env")  # relative to conf.py
    app.connect("config-inited", _require_myst_nb_settings, priority=100)  # before myst-nb's
    app.connect("config-inited", _check_frameworks)
    app.add_transform(CheckSnippetOutputs)
    app.add_transform(ExampleTabs)
    app.add_transform(Provenance)
    app.add_css_file("prelim.css")
    for module in (downloads, report, local_mathjax, page_meta, build_guards,
                   execution_failures, volatile, parallel_execution,
                   partial_builds, result_capture, differences, reference, template_cache,
                   exercises):
        module.setup(app)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True,
            "env_version": 1}
