"""Every configuration option of the extension, and every warning it gives, in one place.

``OPTIONS`` is the one list of the ``prelim_*`` settings conf.py (or ``-D``) may set, each
typed and documented; ``register`` adds them all to Sphinx (``setup`` calls it). The
warnings the extension gives are ``type="prelim"`` with one of ``WARNING_SUBTYPES``, so a
site may silence one kind with ``suppress_warnings = ["prelim.<subtype>"]`` (the README
lists them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from sphinx.application import Sphinx


@dataclass(frozen=True)
class Option:
    name: str
    default: object
    rebuild: Literal["env", "html", ""]  # what Sphinx rebuilds when it changes ("": nothing)
    types: tuple[type, ...]
    doc: str


OPTIONS = (
    Option(
        "prelim_snippets", "snippets", "env", (str,), "the snippets' folder, relative to conf.py"
    ),
    Option(
        "prelim_environment",
        "",
        "env",
        (str,),
        "computed: the fingerprint of the frameworks' versions and device; a change "
        "re-reads every page",
    ),
    Option(
        "prelim_max_kernels",
        4,
        "",
        (int,),
        "the most kernels executing at once: each holds one framework, up to ~1 GB and "
        "on a GPU a CUDA context; more only thrashes on the machines we build on",
    ),
    Option(
        "prelim_fork_kernels",
        True,
        "",
        (bool, int),
        "run each unit in a process forked from one that imported its framework once, "
        "by ipykernel's shell without a kernel (Linux without a GPU); off: a Jupyter "
        "kernel per unit, started the usual way",
    ),
    Option(
        "prelim_bundle",
        "",
        "",
        (str,),
        "write the executed units to this bundle folder (`nox -s execute`)",
    ),
    Option(
        "prelim_executed",
        "",
        "env",
        (str,),
        "render from these bundle folders (comma-separated), executing nothing",
    ),
    Option(
        "prelim_accept_environment",
        False,
        "env",
        (bool, int),
        "accept bundles executed with other versions (the device is never compared)",
    ),
    Option(
        "prelim_pdf_framework",
        "",
        "env",
        (str,),
        "a PDF's edition: keep this framework's cells only",
    ),
    Option(
        "prelim_pdf_folder",
        "",
        "html",
        (str,),
        "where `nox -s pdf` leaves the PDFs the pages link; empty for none",
    ),
    Option(
        "prelim_pdfs",
        {},
        "html",
        (dict,),
        "computed: the PDFs found in prelim_pdf_folder, by framework",
    ),
    Option(
        "prelim_notebooks_repository",
        "",
        "env",
        (str,),
        "OWNER/REPO whose notebooks branch Colab and Kaggle open; empty: no launch links",
    ),
    Option(
        "prelim_notebooks_branch",
        "notebooks",
        "env",
        (str,),
        "the branch the publishing workflow commits the notebooks to",
    ),
    Option(
        "prelim_left_out",
        [],
        "env",
        (list,),
        "computed: the chapters a partial build (PRELIM_ONLY) leaves out",
    ),
)

#: ``type="prelim"`` warnings, by subtype: what each reports
WARNING_SUBTYPES = {
    "snippet": "a snippet file that cannot be read (its path and line)",
    "example": "an example cell given code, or a plain code cell beside examples",
    "execution": "a kernel that stopped (a hang or a crash), naming the snippet",
    "result-types": "result types a page's hidden cell did not record",
    "volatile": "a `:volatile:` output without its reason",
    "differences": "snippets/differences.toml out of step with the examples",
    "provenance": "a page whose provenance cell reported nothing",
    "reference": "an example on no page, so missing from the reference tables",
    "promotion": "a dtype-promotion table whose example's results are missing or unreadable",
    "downloads": "a page's notebook with no outputs and no cache entry to take them from",
    "bundle": "a shard whose units did not all execute, so no bundle is written",
}


def register(app: Sphinx) -> None:
    for option in OPTIONS:
        app.add_config_value(option.name, option.default, option.rebuild, types=option.types)
