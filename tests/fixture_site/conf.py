"""A tiny site built by the extension tests: every count in it is asserted exactly."""

project = "fixture"
extensions = ["myst_nb", "sphinx_design", "prelim"]
exclude_patterns = ["_build"]
nb_execution_mode = "cache"
nb_execution_cache_path = "_build/.jupyter_cache"
nitpicky = True
# the PDF (tests/test_pdf.py): as the site's conf.py sets it
latex_engine = "xelatex"
latex_documents = [("index", "fixture.tex", project, "tests", "manual", True)]
latex_use_xindy = False
