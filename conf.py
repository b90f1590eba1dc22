"""Sphinx configuration. Build with ``nox -s docs`` (``sphinx-build -c . docs build/html``)."""

import os
from pathlib import Path

ROOT = Path(__file__).parent
# the extension `prelim` (docs/_ext/prelim) is installed into the environment, editable
# (`nox` does it): no path of its own here

# -- Project -------------------------------------------------------------------------
project = "Deep Learning Preliminaries in PyTorch, JAX and TensorFlow"
author = "The prelim contributors"
# the footer: text and code are licensed apart, as D2L does (LICENSE, LICENSE-TEXT)
copyright = "2026, the prelim contributors. Text: CC BY-SA 4.0; code: MIT"
html_title = "DL Preliminaries: PyTorch · JAX · TensorFlow"

# -- Extensions ----------------------------------------------------------------------
extensions = [
    "myst_nb",  # MyST pages executed as notebooks
    "sphinx_design",  # the tab sets
    "sphinx_copybutton",
    "sphinx_exercise",  # exercises, and solutions gated so their code cells execute
    "sphinx_togglebutton",  # hides each solution (`:class: dropdown`) until opened
    "prelim",  # ours, in docs/_ext: snippet loading, tabs, provenance, output checks
]

# -- Sources -------------------------------------------------------------------------
root_doc = "index"
exclude_patterns = ["_ext", "_static", "_templates"]
templates_path = ["docs/_templates"]
# `prelim` makes every .md page go through its reader (see prelim.REQUIRED_MYST_NB).
myst_enable_extensions = ["dollarmath", "colon_fence", "deflist"]
myst_heading_anchors = 3

# -- Execution -----------------------------------------------------------------------
nb_execution_mode = "cache"
nb_execution_cache_path = str(ROOT / "build" / ".jupyter_cache")
nb_execution_timeout = 180  # torch.compile's first call takes ~11 s on 2 cores
# `prelim` records errors as outputs and judges them itself, naming the snippet file
# and line; a snippet declaring `# raises:` must raise exactly that.

# -- Warnings ------------------------------------------------------------------------
nitpicky = True

# -- HTML ----------------------------------------------------------------------------
html_theme = "sphinx_book_theme"
html_static_path = ["docs/_static"]
html_css_files = ["site.css"]  # the landing page's parts list
html_favicon = "docs/_static/favicon.svg"
# the theme follows the reader's light/dark setting (unset, it logs a console error)
html_context = {"default_mode": "auto"}
html_theme_options = {
    "repository_url": "",
    "show_toc_level": 2,
    "use_download_button": False,
}
html_last_updated_fmt = None  # no timestamps: two builds give the same HTML
copybutton_exclude = ".linenos, .gp, .go"
copybutton_selector = "div.cell_input pre"

# -- Exercises -----------------------------------------------------------------------
# sphinx-exercise numbers the exercises of each chapter; solutions are gated
# (`solution-start` / `solution-end`) so their `:example:` cells execute, and `:class:
# dropdown` hides them. The teacher's build leaves every solution out of the site and
# the downloads (see README.md):
#   nox -s docs -- -D hide_solutions=1 -d build/.doctrees/teacher build/teacher
hide_solutions = False

# -- PDF -----------------------------------------------------------------------------
# `nox -s pdf`: one LaTeX build per framework (-D prelim_pdf_framework=pytorch, ...), each
# reading the execution cache above, into build/pdf/dl-preliminaries-<framework>.pdf.
# xelatex: the pages hold Unicode (×, ≤, Greek); Debian's TeX Live and FreeFont.
latex_engine = "xelatex"
# toctree_only: the chapters are the book's chapters; the landing page is the site's
latex_documents = [("index", "dl-preliminaries.tex", project, author, "manual", True)]
latex_elements = {
    "papersize": "a4paper",
    "pointsize": "10pt",
    "printindex": "",  # the book has no index entries
    # FreeFont, as Sphinx sets for xelatex, but code in DejaVu Sans Mono: FreeMono lacks
    # glyphs the snippets use (ᵀ) and is faint on screen
    "fontpkg": r"""
\setmainfont{FreeSerif}[Extension=.otf, UprightFont=*, ItalicFont=*Italic,
  BoldFont=*Bold, BoldItalicFont=*BoldItalic]
\setsansfont{FreeSans}[Extension=.otf, UprightFont=*, ItalicFont=*Oblique,
  BoldFont=*Bold, BoldItalicFont=*BoldOblique]
\setmonofont{DejaVu Sans Mono}[Scale=0.88]
""",
    # the extension adds the keys that wrap long code lines (prelim.builder.latex)
    "sphinxsetup": "hmargin={2.2cm,2.2cm}, vmargin={2.5cm,2.5cm}",
}
latex_use_xindy = False
latex_domain_indices = False
# where `nox -s pdf` leaves the PDFs; an HTML build that finds them there links them
prelim_pdf_folder = str(ROOT / "build" / "pdf")

# -- Open in Colab and Kaggle --------------------------------------------------------
# Colab and Kaggle open a notebook from a GitHub path: the Pages workflow commits the
# built notebooks to the branch `notebooks` of this repository ("owner/name", which it
# sets here from github.repository) and the download line links each notebook there.
# Unset (a local build, Read the Docs), no such links.
prelim_notebooks_repository = os.environ.get("PRELIM_NOTEBOOKS_REPOSITORY", "")
