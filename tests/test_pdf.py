"""The PDFs, one per framework, read back with pypdf: each holds every example in its
framework only, every figure, typeset math, and every code line whole and on the page.

- `nox -s tests` builds the fixture site's JAX PDF (tests/fixture_site: three examples,
  one figure) with a cold execution cache, then the fixture's HTML from the same cache:
  the HTML executes nothing (the PDF's choice of framework left the notebooks alone) and
  links the PDF.
- `nox -s pdf` runs the same checks on the site's three PDFs (`-k real_site`; the folder
  is PRELIM_PDFS, default build/pdf; skipped where a PDF was not built). Built from
  bundles (`nox -s pdf -- --executed DIR ...`), the figures are counted in the bundles'
  units (PRELIM_EXECUTED, comma-separated), not in the execution cache.

What is expected comes from the sources, not from the build: the snippet files (the
code), and the execution cache (how many figures each snippet's cell displayed).
"""

from __future__ import annotations

import importlib.metadata
import os
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pypdf
import pytest

from conftest import ROOT
from helpers import build, executed, executed_units, small_site
from prelim.core.frameworks import FRAMEWORKS
from prelim.core.snippets import Example, all_examples

#: what Sphinx's LaTeX style prints where it breaks a long code line, as pypdf reads it
#: back: a visible space (␣) where the break took a space, then the line's continuation
#: marked ↪→ (sphinxlatexliterals.sty's \sphinxafterbreak)
CONTINUATION = re.compile(r"␣?\n?↪→")
#: a code block split by a page break: Sphinx's "(continues on next page)", the page's
#: footer and header, then "(continued from previous page)"; a wrapped line may be split
#: there too, its first part ending in the visible space, its rest after the marker
PAGE_BREAK = re.compile(
    r"(␣?)\n\(continues on next page\)\n(?:.*\n){1,3}?\(continued from previous page\) ?"
)
#: a code line this short, or without its framework's name in it, may be any framework's
OTHER_MIN_CHARS = 12
NAMES = {"torch": ("torch",), "jax": ("jnp", "jax"), "tf": ("tf.", "tensorflow")}
#: Markdown and MyST that a reader should never see: it means something was not rendered
UNRENDERED = {
    "$ (raw math)": re.compile(r"\$"),
    "```": re.compile(r"```"),
    ":::": re.compile(r":::"),
    "{role}`": re.compile(r"\{[a-z-]+\}`"),
    "{directive}": re.compile(r"\{(?:code-cell|prelim-[a-z]+|toctree|math|note)\}"),
    "[text](link)": re.compile(r"\]\([^)\s]*\)"),
    # not Python's power in inline code (`x**2`, `(v**2).sum()`): an operand precedes it
    "**bold**": re.compile(r"(?<![\w)\]])\*\*\w"),
    "a TeX command": re.compile(r"\\(?:frac|mathbf|sum|top|partial|mathrm|begin|end|cdot)\b"),
}


def squeeze(text: str) -> str:
    """Text with no whitespace: how a code line is compared (the PDF's spacing varies)."""
    return re.sub(r"\s+", "", text)


def code_lines(source: str) -> list[str]:
    return [line for line in source.splitlines() if line.strip()]


@dataclass
class PdfRead:
    path: Path
    pages: list[str]
    images: int
    #: (page, text) of each run of code-font text that ends past the text's right margin
    overflowing: list[tuple[int, str]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.pages)

    @property
    def unwrapped(self) -> str:
        """The whole text, each wrapped code line joined again, also where a page break
        split it."""
        joined = PAGE_BREAK.sub(lambda m: " " if m.group(1) else "\n", self.text)
        return CONTINUATION.sub(" ", joined)

    @property
    def flat(self) -> str:
        """The whole text, wrapped code lines joined again, without whitespace."""
        return squeeze(self.unwrapped)

    @property
    def flat_without_doctests(self) -> str:
        """As ``flat``, without the prose's doctest lines (``>>>`` and ``...``): the pages
        compare the frameworks there, in every edition."""
        return squeeze(
            "\n".join(
                line
                for line in self.unwrapped.splitlines()
                if not line.lstrip().startswith((">>>", "..."))
            )
        )


def read_pdf(path: Path) -> PdfRead:
    reader = pypdf.PdfReader(path)
    runs = []  # (page, x start, x end or None, text) of every text run
    pages: list[str] = []

    for number, page in enumerate(reader.pages, 1):

        def visit(text, cm, tm, font, size, number=number):
            if not text.strip():
                return
            x = cm[0] * tm[4] + cm[4]
            name = str((font or {}).get("/BaseFont", ""))
            # a code font is monospaced: every glyph is 0.6 em wide (FreeMono, DejaVu Mono);
            # a run starts at its first glyph (pypdf adds the space before it for the gap)
            end = x + 0.6 * size * tm[0] * cm[0] * len(text.strip()) if "Mono" in name else None
            runs.append((number, x, end, text))

        pages.append(page.extract_text(visitor_text=visit))
    width = float(reader.pages[0].mediabox.width)
    # the text block is centred: its right edge is as far from the page's edge as the
    # leftmost text is from the left one
    left = min(x for _, x, _, _ in runs)
    right = width - left + 1.0  # 1 pt: rounding of glyph widths
    overflowing = [(n, text.strip()) for n, _, end, text in runs if end is not None and end > right]
    images = sum(len(page.images) for page in reader.pages)
    return PdfRead(path, pages, images, overflowing)


def figures_in_cache(cache: Path, examples: list[Example], framework: str) -> int:
    """How many figures the framework's cells displayed, as the execution cache holds them
    (a cell whose source is that snippet's, executed by any build that cached it)."""
    from jupyter_cache import get_cache

    jcache = get_cache(str(cache))
    notebooks = (jcache.get_cache_bundle(r.pk).nb for r in jcache.list_cache_records())
    return _figures(notebooks, examples, framework, f"the execution cache {cache}")


def figures_in_bundles(bundles: list[Path], examples: list[Example], framework: str) -> int:
    """The same, counted in the units of bundles (`nox -s execute`) a build rendered from."""
    import nbformat

    notebooks = (
        nbformat.read(path, as_version=4)
        for bundle in bundles
        for path in sorted(bundle.rglob(f"{framework}.ipynb"))
    )
    return _figures(notebooks, examples, framework, f"the bundles {', '.join(map(str, bundles))}")


def _figures(notebooks, examples: list[Example], framework: str, where: str) -> int:
    sources = {e.key: e.snippets((framework,))[framework].source for e in examples}
    found: dict[str, int] = {}
    for nb in notebooks:
        for cell in nb.cells:
            meta = cell.get("metadata", {})
            key = meta.get("example")
            if meta.get("framework") != framework or sources.get(key) != cell.source:
                continue
            found[key] = sum(
                any(m.startswith("image/") for m in o.get("data", {}))
                for o in cell.get("outputs", [])
            )
    missing = sorted(set(sources) - set(found))
    assert not missing, f"{where} has no outputs for {missing}"
    return sum(found.values())


# -- the checks, made on the fixture's PDF and on the site's three ----------------------


def check_every_example_in_its_framework(pdf: PdfRead, examples, framework: str) -> None:
    """Every code line of every snippet of this framework is in the PDF, whole."""
    missing = [
        (e.key, line)
        for e in examples
        for line in code_lines(e.snippets((framework,))[framework].source)
        if squeeze(line) not in pdf.flat
    ]
    assert not missing, f"{pdf.path.name}: code lines missing (or broken): {missing[:10]}"


def check_no_other_framework(pdf: PdfRead, site: Path, examples, framework: str) -> int:
    """No line of the other frameworks' snippets (one naming its framework, and not also
    this framework's) is in the PDF, outside the prose's doctests (which compare the
    frameworks on purpose) and what the pages' prose quotes itself (`with
    jax.enable_x64(True):` said in a sentence). Returns how many lines were looked for."""
    own = {
        squeeze(line)
        for e in examples
        for line in code_lines(e.snippets((framework,))[framework].source)
    }
    looked, found, text = 0, [], pdf.flat_without_doctests
    quoted = squeeze("\n".join(p.read_text(encoding="utf-8") for p in (site / "docs").glob("*.md")))
    for e in examples:
        for other in FRAMEWORKS:
            if other == framework:
                continue
            for line in code_lines(e.snippets((other,))[other].source):
                flat = squeeze(line)
                if (
                    flat in own
                    or len(flat) < OTHER_MIN_CHARS
                    or line.lstrip().startswith("#")
                    or not any(name in line for name in NAMES[other])
                    or flat in quoted
                ):
                    continue
                looked += 1
                if flat in text:
                    found.append((e.key, other, line))
    assert not found, f"{pdf.path.name} holds other frameworks' code: {found[:10]}"
    return looked


def check_rendered(pdf: PdfRead, examples, framework: str) -> int:
    """No raw math or Markdown/MyST in the prose: every line of the PDF but the code (the
    framework's snippets and the prose's doctests, where `$` or `**` are Python). Returns
    how many lines were looked at."""
    code = {
        squeeze(line)
        for e in examples
        for line in code_lines(e.snippets((framework,))[framework].source)
    }
    prose = [
        line
        for line in pdf.unwrapped.splitlines()
        if squeeze(line) not in code and not line.lstrip().startswith((">>>", "..."))
    ]
    text = "\n".join(prose)
    found = {what: rx.findall(text)[:3] for what, rx in UNRENDERED.items() if rx.search(text)}
    assert not found, f"{pdf.path.name}: unrendered syntax: {found}"
    return len(prose)


def check_on_the_page(pdf: PdfRead) -> None:
    assert not pdf.overflowing, (
        f"{pdf.path.name}: code runs past the right margin: {pdf.overflowing[:5]}"
    )


# -- the fixture site's PDF (nox -s tests) ------------------------------------------------


def build_pdf(site: Path, framework: str, out: Path, *extra: str) -> tuple[Path, str]:
    """Sphinx's LaTeX build of ``site`` for one framework, then latexmk, as nox -s pdf."""
    proc = build(
        site,
        "-D",
        f"prelim_pdf_framework={framework}",
        *extra,
        fresh=True,
        builder="latex",
        out=out,
    )
    assert proc.returncode == 0, proc.log
    make = subprocess.run(
        ["make", "-C", str(out), "all-pdf", "LATEXMKOPTS=-silent -halt-on-error"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert make.returncode == 0, make.stdout[-3000:] + make.stderr[-3000:]
    (pdf,) = out.glob("*.pdf")
    return pdf, proc.log


@pytest.fixture(scope="module")
def fixture_pdf(tmp_path_factory):
    site = small_site(tmp_path_factory.mktemp("fixture-pdf") / "site")
    pdf, log = build_pdf(site, "jax", site / "_build" / "latex" / "jax")
    return site, pdf, log


@pytest.mark.slow
@pytest.mark.tex
def test_fixture_pdf_is_named_for_its_framework(fixture_pdf):
    site, pdf, log = fixture_pdf
    assert pdf.name == "fixture-jax.pdf"
    # the cold cache: the one page ran, once, one unit per framework
    assert executed_units(log) == ["basics/jax", "basics/tf", "basics/torch"]
    # every link resolves: the reference tables' rows reach their examples' anchors
    latex_log = pdf.with_suffix(".log").read_text(errors="replace")
    assert "undefined" not in latex_log, re.findall(r".*undefined.*", latex_log)[:5]


@pytest.mark.slow
@pytest.mark.tex
def test_fixture_pdf_holds_jax_only(fixture_pdf):
    site, pdf, _ = fixture_pdf
    read = read_pdf(pdf)
    examples = all_examples(site / "snippets")
    assert len(examples) == 3
    check_every_example_in_its_framework(read, examples, "jax")
    # the `x = torch...` line of each example; `import tensorflow as tf` and `x = tf...`
    assert check_no_other_framework(read, site, examples, "jax") == 3 + 6
    assert check_rendered(read, examples, "jax") > 20
    check_on_the_page(read)
    text = read.text
    assert "The JAX edition" in text
    assert text.count("Frameworks differ:") == 2  # the two callouts
    jax_version = re.escape(importlib.metadata.version("jax").split("+")[0])  # as installed
    assert re.search(
        rf"Executed when this site was built: JAX {jax_version} on cpu:0; Python", text
    )  # the provenance line names this framework only
    torch_line = f"PyTorch {importlib.metadata.version('torch').split('+')[0]}"
    assert torch_line not in text and "Download this chapter" not in text
    assert "Array([1, 2, 3], dtype=int32)" in text  # JAX's executed output
    assert squeeze("TypeError: JAX arrays are immutable") in read.flat  # the declared error
    # the reference tables still compare all three frameworks
    assert "torch.arange jnp.arange tf.range" in text
    assert read.images == figures_in_cache(site / "_build/.jupyter_cache", examples, "jax")
    assert read.images == 1


@pytest.mark.slow
@pytest.mark.tex
def test_html_from_the_same_cache_executes_nothing_and_links_the_pdf(fixture_pdf, tmp_path):
    """The PDF's framework choice left the notebooks as they are: the HTML build finds
    every page in the cache the PDF build filled, and links the PDF it finds."""
    site, pdf, _ = fixture_pdf
    folder = tmp_path / "pdf"
    folder.mkdir()
    (folder / pdf.name).write_bytes(pdf.read_bytes())
    out = tmp_path / "html"
    proc = build(site, "-D", f"prelim_pdf_folder={folder}", fresh=True, out=out)
    assert proc.returncode == 0, proc.log
    assert not executed(proc.log)
    assert (out / "downloads" / pdf.name).read_bytes() == pdf.read_bytes()
    page = (out / "basics.html").read_text()
    assert re.search(
        r'<a class="prelim-download prelim-pdf reference external" '
        r'href="downloads/fixture-jax\.pdf">JAX</a>',
        page,
    )
    assert "PyTorch</a>" not in page.split("the whole site as a PDF")[1].split("</p>")[0]


# -- the site's three PDFs (nox -s pdf) ----------------------------------------------------


REAL_PDFS = Path(os.environ.get("PRELIM_PDFS", ROOT / "build" / "pdf"))


@pytest.fixture(scope="module", params=list(FRAMEWORKS), ids=lambda k: FRAMEWORKS[k].sync_id)
def real_pdf(request):
    framework = request.param
    found = sorted(REAL_PDFS.glob(f"*-{FRAMEWORKS[framework].sync_id}.pdf"))
    if not found:
        pytest.skip(f"no {FRAMEWORKS[framework].label} PDF in {REAL_PDFS}: run `nox -s pdf`")
    return framework, read_pdf(found[0])


@pytest.mark.slow
@pytest.mark.tex
def test_real_site_pdf(real_pdf):
    framework, read = real_pdf
    examples = all_examples()
    check_every_example_in_its_framework(read, examples, framework)
    assert check_no_other_framework(read, ROOT, examples, framework) > 100
    assert check_rendered(read, examples, framework) > 1000
    check_on_the_page(read)
    assert f"The {FRAMEWORKS[framework].label} edition" in read.text
    # the index's captioned toctrees are the book's parts (builder/latex.py)
    index = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    parts = re.findall(r"^:caption: (?:Part [IVXLC]+\. )?(.+)$", index, re.M)
    assert len(parts) >= 2, parts
    for part in parts:
        assert re.search(rf"Part[IVX]+{re.escape(squeeze(part))}", squeeze(read.text)), part
    # `nox -s pdf -- --executed DIR ...` passes the bundles on: the units came from there
    bundles = [Path(b) for b in os.environ.get("PRELIM_EXECUTED", "").split(",") if b]
    assert read.images == (
        figures_in_bundles(bundles, examples, framework)
        if bundles
        else figures_in_cache(ROOT / "build" / ".jupyter_cache", examples, framework)
    )


# -- exercises: solutions at the end of each chapter ----------------------------------


def test_solutions_move_to_the_end_of_their_chapter():
    """sphinx-exercise's solutions (from another branch) go after the chapter's text."""
    from docutils import nodes
    from sphinx import addnodes

    from prelim.builder.latex import solutions_last

    def solution(text):
        node = nodes.admonition(classes=["solution"])
        node += nodes.paragraph(text=text)
        return node

    def chapter(name, *body):
        page = addnodes.start_of_file(docname=name)
        section = nodes.section(ids=[name])
        section += [nodes.title(text=name), *body]
        page += section
        return page

    sub = nodes.section(ids=["sub"])
    sub += [nodes.title(text="sub"), nodes.paragraph(text="exercise 2"), solution("answer 2")]
    tree = nodes.document(None, None)
    tree += [
        chapter(
            "one",
            nodes.paragraph(text="exercise 1"),
            solution("answer 1"),
            sub,
            nodes.paragraph(text="the end"),
        ),
        chapter("two", nodes.paragraph(text="no exercises")),
    ]
    assert solutions_last(tree) == 2
    one = tree[0][0]
    assert [c.astext().split("\n")[0] for c in one.children] == [
        "one",
        "exercise 1",
        "sub",
        "the end",
        "Solutions",
    ]
    assert [n.astext() for n in one[-1].findall(nodes.paragraph)] == ["answer 1", "answer 2"]
    assert one[-1]["ids"] == ["solutions-one"]
    assert len(list(tree[1].findall(nodes.section))) == 1  # no empty Solutions section
