"""The execution report: how each page's examples ran, and on what.

A page holds ``{execution-report} pages`` (one row per page with examples: status, run
time, whether this build executed it) and ``{execution-report} environment`` (the
versions, the devices each framework's arrays landed on, the GPUs the build saw). The
directive leaves a placeholder that is filled when the page is written, from what the
other pages recorded while they were read (myst-nb's execution data, the provenance
line's JSON), so the page is rewritten whenever a page was read.

Run times and whether a page was executed in this build or reused from the execution
cache change from build to build: each such value is a ``<span class="prelim-volatile">``
holding text only, so a test comparing two builds can ignore exactly those.
"""

from __future__ import annotations

import json
import time
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.transforms import SphinxTransform
from sphinx.util.docutils import SphinxDirective
from sphinx.util.osutil import relative_uri

from ..core.cells import VOLATILE, is_example_cell
from ..core.environment import device_label
from ..core.frameworks import FRAMEWORKS
from ..core.mystnb_compat import execution_data
from ..core.priorities import priority
from ..render.compare import COMPARE_QUERY
from .tables import outdated_with_any_page, page_order, table

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config
    from sphinx.environment import BuildEnvironment

PARTS = ("pages", "environment")
#: the fingerprint's names, as a reader knows them (see core.environment.fingerprint)
PACKAGE_LABELS = {
    "python": "Python",
    "torch": "PyTorch",
    "jax": "JAX",
    "tensorflow": "TensorFlow",
    "numpy": "NumPy",
    "pandas": "pandas",
    "matplotlib": "Matplotlib",
}


class execution_report(nodes.General, nodes.Element):  # noqa: N801 - docutils node naming
    """Placeholder, replaced when the page is written."""


class ExecutionReportDirective(SphinxDirective):
    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        part = self.arguments[0]
        if part not in PARTS:
            raise self.error(f"execution-report takes one of {', '.join(PARTS)}, not {part!r}")
        self.env.metadata[self.env.docname]["prelim_report"] = True
        node = execution_report(part=part)
        self.set_source_info(node)
        return [node]


class CountExamples(SphinxTransform):
    """Note how many examples each page has, for the report."""

    default_priority = priority("CountExamples")

    def apply(self, **kwargs: Any) -> None:
        keys = {c["cell_metadata"]["example"] for c in self.document.findall(is_example_cell)}
        if keys:
            self.env.metadata[self.env.docname]["prelim_examples"] = len(keys)


def _note_build_start(app: Sphinx, config: Config) -> None:
    app.prelim_build_started = time.time()  # type: ignore[attr-defined]  # kept on the app


def _report_pages(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """The report reads every page's data: it is rewritten whenever a page was read."""
    return outdated_with_any_page(
        app, [doc for doc, meta in env.metadata.items() if meta.get("prelim_report")]
    )


def _volatile(text: str) -> nodes.inline:
    return nodes.inline(text, text, classes=[VOLATILE])


def pages_table(app: Sphinx, docname: str) -> nodes.Element:
    env, builder = app.env, app.builder
    started = getattr(app, "prelim_build_started", 0.0)
    rows, total = [], 0.0
    for doc in page_order(env):
        meta = env.metadata.get(doc, {})
        if not meta.get("prelim_examples"):
            continue
        title = env.titles[doc].astext() if doc in env.titles else doc
        uri = relative_uri(builder.get_target_uri(docname), builder.get_target_uri(doc))
        link = [nodes.reference(title, title, internal=True, refuri=uri)]
        if builder.format == "html":  # and in Compare, a view of the html site
            link += [
                nodes.Text(" ("),
                nodes.reference(
                    "side by side", "side by side", internal=True, refuri=uri + COMPARE_QUERY
                ),
                nodes.Text(")"),
            ]
        data = execution_data(env, doc)
        if data is None:
            status, runtime, origin = "not executed", "–", "–"
        else:
            status = "succeeded" if data["succeeded"] else f"failed ({data['error']})"
            seconds = data.get("runtime")
            total += seconds or 0.0
            runtime = _volatile(f"{seconds:.1f} s" if seconds is not None else "unknown")
            origin = _volatile(
                "this build" if data["mtime"] >= started else "an earlier build (execution cache)"
            )
        rows.append([link, str(meta["prelim_examples"]), status, runtime, origin])
    if not rows:
        return nodes.paragraph(text="No page of this site has examples to execute.")
    rows.append(
        [
            nodes.strong(text="All pages"),
            str(
                sum(
                    env.metadata[d]["prelim_examples"]
                    for d in env.metadata
                    if env.metadata[d].get("prelim_examples")
                )
            ),
            "",
            _volatile(f"{total:.1f} s"),
            "",
        ]
    )
    return table(
        ["Page", "Examples", "Status", "Run time", "Outputs from"],
        rows,
        ["prelim-report", "prelim-report-pages"],
    )


def environment_table(app: Sphinx) -> nodes.Element:
    env = app.env
    parts = dict(p.split("==", 1) for p in app.config.prelim_environment.split() if "==" in p)
    gpus = next(
        (p.split("=", 1)[1] for p in app.config.prelim_environment.split() if p.startswith("gpu=")),
        "none",
    )
    devices: dict[str, set[str]] = {}
    for meta in env.metadata.values():
        data = json.loads(meta.get("prelim_provenance", "{}"))
        for fw in FRAMEWORKS:
            if fw in data:
                _version, device, kind = data[fw]
                devices.setdefault(fw, set()).add(device_label(device, kind))
    dist_to_fw = {fw.distribution: key for key, fw in FRAMEWORKS.items()}
    rows = []
    for dist, ver in parts.items():
        key = dist_to_fw.get(dist)
        where = ", ".join(sorted(devices.get(key, ()))) if key else ""
        rows.append([PACKAGE_LABELS.get(dist, dist), ver, where])
    rows.append(["GPUs", "none" if gpus == "none" else gpus.replace("|", ", "), ""])
    return table(
        ["Component", "Version", "Arrays placed on"],
        rows,
        ["prelim-report", "prelim-report-environment"],
    )


def _fill(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    for node in list(doctree.findall(execution_report)):
        if node["part"] == "pages":
            node.replace_self(pages_table(app, docname))
        else:
            node.replace_self(environment_table(app))


def setup_report(app: Sphinx) -> None:
    app.add_node(execution_report)
    app.add_directive("execution-report", ExecutionReportDirective)
    app.add_transform(CountExamples)
    app.connect("config-inited", _note_build_start)
    app.connect("env-get-updated", _report_pages)
    app.connect("doctree-resolved", _fill)
