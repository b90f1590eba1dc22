"""Lay out a built site's notebooks as the notebooks branch holds them (Colab and Kaggle).

    python tools/publish_notebooks.py build/html build/notebooks

Copies every notebook under ``<site>/downloads/`` to ``<out>/<published_path>``: the
path the site's "Open in Colab" and "Open in Kaggle" links are made with
(``prelim.render.downloads.published_path``), so each link lands on a file this
writes. ``<out>`` is emptied first and gets a README.md saying what the branch is. The
Pages workflow then commits ``<out>`` to the branch (one commit per published build).
Fails when the site holds no notebook.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

from prelim.render.downloads import FOLDER, published_path  # noqa: E402

README = """# The site's notebooks

One notebook per chapter and framework (and one per framework for the exercises'
solutions), with the outputs the published build produced: what the site's "Open in
Colab" and "Open in Kaggle" links open. Written by the Pages workflow on every published
build (`tools/publish_notebooks.py`); do not edit here.
"""


def publish(site: Path, out: Path) -> list[str]:
    """Copy the site's notebooks to their branch paths under ``out``; those paths."""
    notebooks = sorted((site / FOLDER).rglob("*.ipynb"))
    if not notebooks:
        raise SystemExit(f"{site / FOLDER}: no notebooks; build the site first (nox -s docs)")
    if out.exists():
        shutil.rmtree(out)
    written = []
    for notebook in notebooks:
        path = published_path(notebook.relative_to(site).as_posix())
        (out / path).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(notebook, out / path)
        written.append(path)
    (out / "README.md").write_text(README, encoding="utf-8")
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    written = publish(Path(argv[0]), Path(argv[1]))
    print(f"{argv[1]}: {len(written)} notebooks")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
