"""Code that runs inside the page kernels, never in the Sphinx process.

``*_cell.py`` files are the sources of the hidden cells ``read.hidden_cells`` puts on each
page with examples (they use names the build writes above them, and ``get_ipython()``);
``result_types.py`` is run inside the kernel by one of them and imported by the tests;
``zygote.py`` is the process each unit's process is forked from, and ``shell.py`` runs
the unit's cells there (``execute.forked``).
"""

from pathlib import Path

FOLDER = Path(__file__).parent
