"""Serve MathJax from the site itself: a page load requests nothing from another host.

Sphinx loads MathJax from a CDN by default, so a reader offline (or behind a strict
firewall) would see raw ``$...$``. The pinned docs dependency ``sphinx-mathjax-offline``
ships MathJax 3.2.2; this module copies the parts a page can load into
``_static/mathjax`` and points ``mathjax_path`` there. We do not enable that package as an
extension: it copies all its 24 MB and declares no parallel safety.
"""

from __future__ import annotations

import importlib.metadata
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from sphinx.errors import ExtensionError

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config

PACKAGE = "sphinx-mathjax-offline"
#: where the build puts it, relative to _static; pages load this one file
ENTRY = "mathjax/tex-chtml.js"
#: what a page can request: the TeX-to-HTML bundle, its web fonts, the TeX packages it
#: autoloads, and the menu with its accessibility tools (loaded when a reader opens it)
PARTS = ("tex-chtml.js", "input/tex/extensions", "output/chtml/fonts/woff-v2", "ui", "a11y", "sre")


def source() -> Path:
    try:
        dist = importlib.metadata.distribution(PACKAGE)
    except importlib.metadata.PackageNotFoundError:
        raise ExtensionError(
            f"{PACKAGE} is not installed, so MathJax cannot be served locally; install the "
            "docs dependency group (`nox -s docs` does)"
        ) from None
    return Path(str(dist.locate_file(f"{PACKAGE}/static/mathjax")))


def _use_local(app: Sphinx, config: Config) -> None:
    from sphinx.ext.mathjax import MATHJAX_URL

    if config.mathjax_path == MATHJAX_URL:  # a site that chose its own MathJax keeps it
        config.mathjax_path = ENTRY


def copy_mathjax(app: Sphinx) -> None:
    """Copy what a page can load into the output's _static (``early_assets`` calls it)."""
    if app.builder.format != "html" or app.config.mathjax_path != ENTRY:
        return
    src, dest = source(), Path(app.outdir) / "_static" / "mathjax"
    # copied by an earlier build into this output folder: skip (a few MB, ~0.3 s a build)
    stamp = Path(app.doctreedir) / "prelim-mathjax.stamp"
    stamp.parent.mkdir(parents=True, exist_ok=True)
    copied = f"{PACKAGE}=={importlib.metadata.version(PACKAGE)} {' '.join(PARTS)}"
    if (dest / "tex-chtml.js").is_file() and stamp.is_file() and stamp.read_text() == copied:
        return
    for part in PARTS:
        if (src / part).is_dir():
            shutil.copytree(src / part, dest / part, dirs_exist_ok=True)
        elif (src / part).is_file():
            (dest / part).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src / part, dest / part)
        else:
            raise ExtensionError(f"{src / part} is missing: reinstall {PACKAGE}")
    stamp.write_text(copied)


def setup_mathjax(app: Sphinx) -> None:
    source()  # fail early, naming the package, rather than ship pages without math
    app.connect("config-inited", _use_local)
