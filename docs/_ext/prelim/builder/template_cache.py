"""Keep the HTML theme's compiled templates between builds.

Sphinx compiles every Jinja template the theme uses (sphinx-book-theme on top of the
pydata theme: dozens) in every build, even one that rewrites only the few pages whose
content changed: about half a second of an author's no-change rebuild, measured. Jinja's
own bytecode cache keeps the compiled code in the output's doctree folder; an entry is
keyed by the template's name and the checksum of its source, so an edited template is
compiled again, and it is written atomically, so parallel writers never read half a file.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from jinja2 import FileSystemBytecodeCache

if TYPE_CHECKING:
    from sphinx.application import Sphinx

FOLDER = "jinja-bytecode"  # inside the doctree folder, with Sphinx's other build state


def _cache_compiled_templates(app: Sphinx) -> None:
    environment = getattr(getattr(app.builder, "templates", None), "environment", None)
    if environment is None or environment.bytecode_cache is not None:
        return  # not a templating builder, or a cache chosen elsewhere
    folder = Path(app.doctreedir) / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    environment.bytecode_cache = FileSystemBytecodeCache(str(folder))


def setup_template_cache(app: Sphinx) -> None:
    app.connect("builder-inited", _cache_compiled_templates)
