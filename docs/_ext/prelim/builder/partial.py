"""Builds that do less than the published site, for an author who wants a page now.

- ``PRELIM_ONLY=calculus,autograd`` (``nox -s docs -- --only calculus,autograd``) reads
  the root page and those chapters only: the others are excluded, so nothing of theirs is
  read or executed. The root toctree's entries for the left-out pages and links to them
  become plain text instead of warnings; any other broken link still fails the build.
- ``nb_execution_mode = "off"`` (``nox -s docs -- --no-exec``) renders without executing
  anything: each page with examples says under its title that its outputs are absent,
  and the checks that judge outputs (declared exceptions, the provenance line) stand down
  on those pages, since there is nothing to judge.
- ``PRELIM_FRAMEWORKS=torch,jax`` executes a subset; ``render.provenance`` puts a banner
  on each page naming the frameworks that were not executed.

The published site is never one of these: the docs session refuses all three on the
hosts that publish it (noxfile.py, ``_refuse_partial_builds_on_hosts``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx import addnodes
from sphinx.errors import ConfigError
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util import docname_join

from ..core.priorities import priority

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config

ONLY_VARIABLE = "PRELIM_ONLY"


def chapters(srcdir: Path, root_doc: str) -> list[str]:
    """The site's pages besides the root, from the sources (``_`` folders are not pages)."""
    return sorted(
        p.relative_to(srcdir).with_suffix("").as_posix()
        for p in srcdir.rglob("*.md")
        if not any(part.startswith(("_", ".")) for part in p.relative_to(srcdir).parts)
        and p.relative_to(srcdir).with_suffix("").as_posix() != root_doc
    )


def _select_chapters(app: Sphinx, config: Config) -> None:
    """config-inited: with PRELIM_ONLY, exclude every page but the root and those named."""
    raw = os.environ.get(ONLY_VARIABLE, "").strip()
    if not raw:
        return
    pages = chapters(Path(app.srcdir), config.root_doc)
    chosen = [name.strip().removesuffix(".md") for name in raw.split(",") if name.strip()]
    if unknown := [name for name in chosen if name not in pages]:
        raise ConfigError(
            f"{ONLY_VARIABLE}={raw!r}: no page {', '.join(unknown)} in "
            f"{app.srcdir}; choose from {', '.join(pages)}"
        )
    left_out = [page for page in pages if page not in chosen]
    # `page.*`: the toctree check guesses a missing page's file with the first source
    # suffix (page.rst), while the reader finds page.md; both must count as excluded
    config.exclude_patterns = [*config.exclude_patterns, *(f"{p}.*" for p in left_out)]
    config.prelim_left_out = left_out
    # the root toctree names the left-out pages on purpose; "excluded" is only ever said of
    # a page exclude_patterns names, so a misspelt toctree entry still fails the build
    config.suppress_warnings = [*config.suppress_warnings, "toc.excluded"]


class UnlinkLeftOutPages(SphinxPostTransform):
    """In a PRELIM_ONLY build, a link to a left-out page becomes its text."""

    default_priority = priority("UnlinkLeftOutPages")

    def run(self, **kwargs: Any) -> None:
        left_out = set(self.config.prelim_left_out)
        if not left_out:
            return
        for node in list(self.document.findall(addnodes.pending_xref)):
            kind = (node.get("reftype"), node.get("refdomain"))
            if kind == ("myst", "doc"):
                target = node["reftarget"]
            elif kind == ("doc", "std"):
                target = docname_join(node.get("refdoc", self.env.docname), node["reftarget"])
            else:
                continue
            if target in left_out:
                node.replace_self(node[0].deepcopy() if node.children else nodes.Text(target))


def setup_partial(app: Sphinx) -> None:
    app.connect("config-inited", _select_chapters)
    app.add_post_transform(UnlinkLeftOutPages)
