"""What an upgrade changed: the executed units of this build against a reference's.

Run it as ``nox -s diff -- --against DIR [DIR ...]`` (or ``.venv/bin/python
tools/output_diff.py --against ...``). A *unit* is one framework's cells of one page, as
the build executed them (``prelim.core.bundles``); this compares the units of two builds,
example by example and framework by framework, and writes

- ``index.html``: a report page, self-contained (figures inline), readable on a phone;
- ``summary.json``: the same, for a machine;
- ``summary.md``: a short version for a CI job's summary (``$GITHUB_STEP_SUMMARY``).

Each side is one or more folders, each any of: a bundle (``bundle.json``, what ``nox -s
execute`` writes and the Pages workflow uploads), a folder of bundles (the published
build's three artifacts downloaded side by side), an execution cache
(``build/.jupyter_cache``, whose ``units`` folder is the build's unit store) or a unit
store itself. "This build" defaults to ``build/.jupyter_cache``.

What is compared, per example cell of a unit found on both sides:

- its text outputs (stdout, stderr, the value shown, the exception), cleaned as the pages
  clean them (framework log lines dropped, paths and object addresses replaced), and the
  type of its result (``float32``, ``raises IndexError``): a unified diff where they differ;
- its figures, decoded from PNG (Pillow, or matplotlib's reader): a figure has changed when
  more than ``--threshold`` of its pixels (default 0.1%) differ by more than
  ``--pixel-tolerance`` (default 0.1 of the full range) in some channel, or its size or
  the number of figures changed; the report shows both and the pixels that changed;
- never what is declared volatile: the outputs of ``:volatile:`` examples, and the units'
  timings and execution counts (nor the hidden cells: their versions are shown apart).

An example whose code differs between the sides is still compared, and marked: its
output changed with its code, not only with the upgrade. Units only one side holds are
listed, not compared. The exit status is 0 whatever changed (``--fail-on-change``: 1 when
something did), 2 when a side holds no unit.
"""

from __future__ import annotations

import argparse
import base64
import dataclasses
import difflib
import hashlib
import html
import io
import itertools
import json
import re
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]

from prelim.core import bundles  # noqa: E402
from prelim.core.frameworks import FRAMEWORKS  # noqa: E402
from prelim.core.output_text import scrub_paths, strip_log_lines  # noqa: E402

DEFAULT_THIS = ROOT / "build" / ".jupyter_cache"
DEFAULT_OUT = ROOT / "build" / "output-diff"
#: a figure has changed when more than this share of its pixels differ ...
THRESHOLD = 0.001
#: ... each by more than this, in some channel (0..1): antialiasing noise stays below
PIXEL_TOLERANCE = 0.1
#: the hidden cell that prints each example's result type (``prelim.core.cells``)
RESULT_TYPES_REPORT = "result-types-report"
PROVENANCE = "provenance"
#: the lines of one diff the Markdown summary shows (the report shows them all)
MARKDOWN_DIFF_LINES = 40
#: characters of Markdown after which the rest is left to the report (a GitHub job
#: summary holds 1 MiB)
MARKDOWN_LIMIT = 200_000


class DiffError(Exception):
    pass


# -- reading the two sides ----------------------------------------------------------------


def find_units(folder: Path) -> dict[str, Path]:
    """``page/fw`` -> unit file, for a bundle, a folder of bundles, a cache or a store."""
    folder = Path(folder)
    if not folder.is_dir():
        raise DiffError(f"{folder}: no such folder")
    if (folder / bundles.INDEX).is_file():
        try:
            index = bundles.load_index(folder)
        except bundles.BundleError as err:
            raise DiffError(str(err)) from None
        found = {}
        for name in index["units"]:
            docname, fw = name.rsplit("/", 1)
            found[name] = bundles.unit_file(folder, docname, fw)
        return found
    inner = sorted(p.parent for p in folder.glob(f"*/{bundles.INDEX}"))
    if inner:  # a folder of bundles (the published build's artifacts)
        merged: dict[str, Path] = {}
        holder: dict[str, Path] = {}
        for sub in inner:
            for name, path in find_units(sub).items():
                if name in merged:
                    raise DiffError(
                        f"{name}: in {holder[name]} and {sub}; give each framework's bundle once"
                    )
                merged[name], holder[name] = path, sub
        return merged
    store = folder / "units" if (folder / "units").is_dir() else folder
    found = {}
    for path in sorted(store.rglob("*.ipynb")):
        if path.stem in FRAMEWORKS and ".ipynb_checkpoints" not in path.parts:
            found[bundles.unit_name(path.parent.relative_to(store).as_posix(), path.stem)] = path
    return found


def gather(
    folders: list[Path], only: set[str] | None, frameworks: set[str] | None
) -> dict[str, Path]:
    units: dict[str, Path] = {}
    for folder in folders:
        for name, path in find_units(folder).items():
            docname, fw = name.rsplit("/", 1)
            if (only and docname.rsplit("/", 1)[-1] not in only) or (
                frameworks and fw not in frameworks
            ):
                continue
            if name in units:
                raise DiffError(f"{name}: in {units[name]} and {path}; give each unit once")
            units[name] = path
    return units


@dataclasses.dataclass
class Example:
    key: str  # the example (``chapter/name``), numbered if a page shows it twice
    source: str
    text: str  # its text outputs and result type, one text
    figures: list[bytes]  # PNGs, in order
    volatile: str | None


@dataclasses.dataclass
class Unit:
    name: str
    path: Path
    environment: str
    code: str
    provenance: dict
    examples: dict[str, Example]


def _last_json(outputs) -> dict:
    text = "".join(o.get("text", "") for o in outputs if o.get("output_type") == "stream")
    for line in reversed(text.strip().splitlines()):
        try:
            value = json.loads(line)
        except ValueError:
            continue
        return value if isinstance(value, dict) else {}
    return {}


def _source_key(source: str) -> str:
    """The key the result-types hook records a cell under (kernel/result_types_cell.py)."""
    return hashlib.sha256(source.strip().encode("utf-8")).hexdigest()[:16]


def output_text(outputs, result_type: str | None) -> str:
    """A cell's text outputs as a reader sees them, in order, as one text.

    >>> output_text([{"output_type": "stream", "name": "stderr", "text": "careful\\n"},
    ...              {"output_type": "execute_result", "data": {"text/plain": "3"}}], "int")
    '[stderr] careful\\n3\\n[result type] int\\n'
    """
    lines: list[str] = []
    for out in outputs:
        kind = out.get("output_type")
        if kind == "stream":
            text = scrub_paths(out.get("text", ""))
            if out.get("name") == "stderr":
                text = strip_log_lines(text)
                lines += [f"[stderr] {line}" for line in text.splitlines()]
            else:
                lines += text.splitlines()
        elif kind in ("execute_result", "display_data"):
            data = out.get("data", {})
            if "text/plain" in data and not any(k.startswith("image/") for k in data):
                lines += scrub_paths(_joined(data["text/plain"])).splitlines()
            elif "text/html" in data and not any(k.startswith("image/") for k in data):
                lines += scrub_paths(_joined(data["text/html"])).splitlines()
            elif "image/svg+xml" in data:
                lines += ["[figure, SVG]", *_joined(data["image/svg+xml"]).splitlines()]
        elif kind == "error":
            lines.append(scrub_paths(f"[error] {out.get('ename', '')}: {out.get('evalue', '')}"))
    if result_type is not None:
        lines.append(f"[result type] {result_type}")
    return "".join(line + "\n" for line in lines)


def _joined(value) -> str:
    return "".join(value) if isinstance(value, list) else str(value)


def figures_of(outputs) -> list[bytes]:
    return [
        base64.b64decode(_joined(out["data"]["image/png"]))
        for out in outputs
        if out.get("output_type") in ("execute_result", "display_data")
        and "image/png" in out.get("data", {})
    ]


def read_unit(name: str, path: Path) -> Unit:
    try:
        nb = nbformat.read(path, as_version=4)
    except (OSError, ValueError) as err:
        raise DiffError(f"{name}: {path} is not a readable notebook ({err})") from None
    meta = nb.metadata.get(bundles.META, {})
    code_cells = [c for c in nb.cells if c.cell_type == "code"]
    roles = {c.metadata.get("prelim"): c for c in code_cells if c.metadata.get("prelim")}
    types = _last_json(roles[RESULT_TYPES_REPORT].outputs) if RESULT_TYPES_REPORT in roles else {}
    provenance = _last_json(roles[PROVENANCE].outputs) if PROVENANCE in roles else {}
    examples: dict[str, Example] = {}
    for cell in code_cells:
        if "example" not in cell.metadata:
            continue
        key = str(cell.metadata["example"])
        n = 2
        while key in examples:  # an example shown twice on a page (not done today)
            key, n = f"{cell.metadata['example']} ({n})", n + 1
        volatile = cell.metadata.get("volatile")
        examples[key] = Example(
            key=key,
            source=cell.source,
            text=output_text(cell.outputs, types.get(_source_key(cell.source))),
            figures=figures_of(cell.outputs),
            volatile=str(volatile) if volatile is not None else None,
        )
    return Unit(
        name=name,
        path=path,
        environment=str(meta.get("environment", "")),
        code=str(meta.get("code", "")),
        provenance=provenance,
        examples=examples,
    )


# -- comparing ----------------------------------------------------------------------------


def _pixels(png: bytes):
    import numpy as np

    try:
        from PIL import Image

        with Image.open(io.BytesIO(png)) as image:
            return np.asarray(image.convert("RGBA"), dtype=np.float32) / 255.0
    except ImportError:
        import matplotlib.image

        array = matplotlib.image.imread(io.BytesIO(png), format="png").astype(np.float32)
        if array.ndim == 2:
            array = np.stack([array] * 3, axis=-1)
        if array.shape[-1] == 3:
            array = np.concatenate([array, np.ones_like(array[..., :1])], axis=-1)
        return array


def compare_figures(before: bytes, after: bytes, tolerance: float = PIXEL_TOLERANCE) -> dict:
    """How two PNGs differ: sizes, the share of pixels that changed, and a picture of where.

    >>> import numpy as np
    >>> a = np.zeros((10, 10, 3)); b = a.copy(); b[0, :5] = 1
    >>> result = compare_figures(png(a), png(b))
    >>> result["fraction"], result["size_before"] == result["size_after"]
    (0.05, True)
    """
    import numpy as np

    a, b = _pixels(before), _pixels(after)
    size_a, size_b = [a.shape[1], a.shape[0]], [b.shape[1], b.shape[0]]
    if a.shape != b.shape:  # compared as drawn on one white canvas, top left
        height, width = max(a.shape[0], b.shape[0]), max(a.shape[1], b.shape[1])
        a, b = (
            np.pad(
                x, ((0, height - x.shape[0]), (0, width - x.shape[1]), (0, 0)), constant_values=1.0
            )
            for x in (a, b)
        )
    delta = np.abs(a - b).max(axis=-1)
    changed = delta > tolerance
    # where: the reference faded, the changed pixels in red
    picture = 0.25 * a[..., :3] + 0.75
    picture[changed] = [0.85, 0.0, 0.0]
    return {
        "size_before": size_a,
        "size_after": size_b,
        "fraction": round(float(changed.mean()), 6),
        "max_difference": round(float(delta.max()), 4),
        "mask": png(picture),
    }


def png(array) -> bytes:
    """An RGB(A) array in 0..1 as PNG bytes."""
    import matplotlib.image

    buffer = io.BytesIO()
    matplotlib.image.imsave(buffer, array, format="png")
    return buffer.getvalue()


def _versions(unit: Unit | None) -> dict[str, str]:
    if unit is None:
        return {}
    parts = dict(p.split("==", 1) for p in unit.environment.split() if "==" in p)
    gpu = [p.split("=", 1)[1] for p in unit.environment.split() if p.startswith("gpu=")]
    fw = unit.name.rsplit("/", 1)[1]
    device = unit.provenance.get(fw)
    if isinstance(device, list) and len(device) >= 3:
        parts["device"] = (
            device[1] if device[2].lower() in device[1].lower() else f"{device[1]} ({device[2]})"
        )
    elif gpu:
        parts["device"] = "GPU: " + gpu[0] if gpu[0] != "none" else "CPU"
    return parts


def compare(
    reference: dict[str, Path],
    this: dict[str, Path],
    threshold: float = THRESHOLD,
    tolerance: float = PIXEL_TOLERANCE,
) -> dict:
    """Every change between the two sides' common units (the report's data)."""
    changes: list[dict] = []
    ignored: list[dict] = []
    same = 0
    figures = {"compared": 0, "identical": 0, "within_threshold": 0}
    versions: dict[str, dict[str, set[str]]] = {}
    common = [n for n in sorted(this) if n in reference]
    for name in common:
        ref, new = read_unit(name, reference[name]), read_unit(name, this[name])
        docname, fw = name.rsplit("/", 1)
        for side, unit in (("reference", ref), ("this", new)):
            for package, version in _versions(unit).items():
                versions.setdefault(fw, {}).setdefault(f"{package}|{side}", set()).add(version)
        for key in [*new.examples, *(k for k in ref.examples if k not in new.examples)]:
            a, b = ref.examples.get(key), new.examples.get(key)
            where = {"page": docname, "framework": fw, "example": key}
            volatile = (a and a.volatile) or (b and b.volatile)
            if volatile:
                ignored.append({**where, "reason": f"volatile: {volatile}"})
                continue
            if a is None or b is None:
                changes.append(
                    {
                        **where,
                        "kind": "added" if a is None else "removed",
                        "code_changed": True,
                        "diff": "",
                        "figures": [],
                    }
                )
                continue
            change = _compare_example(a, b, threshold, tolerance, figures)
            if change is None:
                same += 1
            else:
                changes.append({**where, **change})
    return {
        "threshold": threshold,
        "pixel_tolerance": tolerance,
        "versions": _version_table(versions),
        "compared": {"units": len(common), "examples": same + len(changes)},
        "unchanged": same,
        "changed": len(changes),
        "changes": changes,
        "ignored": ignored,
        "figures": figures,
        "only_this": sorted(set(this) - set(reference)),
        "only_reference": sorted(set(reference) - set(this)),
    }


def _version_table(versions: dict[str, dict[str, set[str]]]) -> list[dict]:
    rows = []
    for fw in [f for f in FRAMEWORKS if f in versions]:
        packages = dict.fromkeys(k.split("|")[0] for k in versions[fw])
        for package in packages:
            ref = ", ".join(sorted(versions[fw].get(f"{package}|reference", {"(none)"})))
            new = ", ".join(sorted(versions[fw].get(f"{package}|this", {"(none)"})))
            rows.append(
                {
                    "framework": fw,
                    "package": package,
                    "reference": ref,
                    "this": new,
                    "changed": ref != new,
                }
            )
    return rows


def _compare_example(
    a: Example, b: Example, threshold: float, tolerance: float, counts: dict[str, int] | None = None
) -> dict | None:
    """How an example's outputs changed, or None; ``counts`` tallies its figures."""
    counts = {} if counts is None else counts
    diff = ""
    if a.text != b.text:
        diff = "".join(
            difflib.unified_diff(
                a.text.splitlines(keepends=True),
                b.text.splitlines(keepends=True),
                "reference",
                "this build",
                n=3,
            )
        )
    figures = []
    for i in range(max(len(a.figures), len(b.figures))):
        before = a.figures[i] if i < len(a.figures) else None
        after = b.figures[i] if i < len(b.figures) else None
        if before is None or after is None:
            figures.append(
                {
                    "index": i + 1,
                    "before": before,
                    "after": after,
                    "mask": None,
                    "fraction": 1.0,
                    "why": "only in the reference" if after is None else "only in this build",
                }
            )
            continue
        counts["compared"] = counts.get("compared", 0) + 1
        if before == after:
            counts["identical"] = counts.get("identical", 0) + 1
            continue
        found = compare_figures(before, after, tolerance)
        if found["size_before"] != found["size_after"]:
            why = "size {}x{} -> {}x{}, {:.2%} of its pixels changed".format(
                *found["size_before"], *found["size_after"], found["fraction"]
            )
        elif found["fraction"] > threshold:
            why = f"{found['fraction']:.2%} of its pixels changed"
        else:
            counts["within_threshold"] = counts.get("within_threshold", 0) + 1
            continue
        figures.append(
            {
                "index": i + 1,
                "before": before,
                "after": after,
                "why": why,
                "fraction": found["fraction"],
                "mask": found["mask"],
            }
        )
    if not diff and not figures:
        return None
    kind = "+".join(k for k, v in (("text", diff), ("figure", figures)) if v)
    return {"kind": kind, "code_changed": a.source != b.source, "diff": diff, "figures": figures}


# -- writing the report -------------------------------------------------------------------


def _json_safe(result: dict) -> dict:
    out = dict(result)
    out["changes"] = [
        {
            **c,
            "figures": [
                {k: v for k, v in f.items() if k not in ("before", "after", "mask")}
                for f in c["figures"]
            ],
        }
        for c in result["changes"]
    ]
    return out


def _data_uri(data: bytes | None) -> str:
    return "data:image/png;base64," + base64.b64encode(data or b"").decode("ascii")


CSS = """
:root { color-scheme: light dark; --add: #1a7f37; --del: #cf222e; --muted: #6e7781; }
body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem;
       padding: 0.75rem; overflow-wrap: break-word; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
h3 { font-size: 1rem; margin-bottom: 0.25rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { border-bottom: 1px solid #8884; padding: 0.25rem 0.4rem; text-align: left; }
tr.changed td { font-weight: 600; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #8881;
      padding: 0.5rem; border-radius: 4px; font-size: 0.85rem; }
.add { color: var(--add); } .del { color: var(--del); } .hunk { color: var(--muted); }
mark { color: inherit; background: #f2cc6099; border-radius: 2px; }
.badge { font-size: 0.8rem; border: 1px solid currentColor; border-radius: 3px;
         padding: 0 0.3rem; margin-left: 0.3rem; color: var(--muted); }
.figures { display: flex; flex-wrap: wrap; gap: 0.5rem; }
.figures figure { margin: 0; flex: 1 1 14rem; min-width: 0; }
.figures img { max-width: 100%; height: auto; border: 1px solid #8884; background: white; }
figcaption { font-size: 0.8rem; color: var(--muted); }
section.change { border-top: 1px solid #8884; }
"""


def _marked(line: str, spans: list[tuple[int, int]]) -> str:
    out, at = [], 0
    for i, j in spans:
        out += [html.escape(line[at:i]), f"<mark>{html.escape(line[i:j])}</mark>"]
        at = j
    return "".join(out) + html.escape(line[at:])


#: what the changed-part marks compare: whole numbers, words, spaces, single characters
TOKEN = re.compile(r"\d[\d.]*(?:e[-+]?\d+)?|\w+|\s+|.")


def _pair_marks(old: str, new: str) -> tuple[str, str]:
    """Two changed lines with the numbers and words that differ marked (``<mark>``)."""
    a, b = TOKEN.findall(old), TOKEN.findall(new)
    starts_a = [0, *itertools.accumulate(len(t) for t in a)]
    starts_b = [0, *itertools.accumulate(len(t) for t in b)]
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    a_spans, b_spans = [], []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            if i2 > i1:
                a_spans.append((starts_a[i1], starts_a[i2]))
            if j2 > j1:
                b_spans.append((starts_b[j1], starts_b[j2]))
    return _marked(old, a_spans), _marked(new, b_spans)


def _diff_html(diff: str) -> str:
    """A unified diff as HTML: removed and added lines coloured, and where a run of removed
    lines is followed by as many added ones, the characters that changed marked.

    >>> print(_diff_html("--- a\\n+++ b\\n@@ -1 +1 @@\\n-0.49\\n+0.48999998\\n"))
    <pre><span class="hunk">--- a</span>
    <span class="hunk">+++ b</span>
    <span class="hunk">@@ -1 +1 @@</span>
    <span class="del">-<mark>0.49</mark></span>
    <span class="add">+<mark>0.48999998</mark></span></pre>
    """
    lines = diff.splitlines()
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if i < 2 and line.startswith(("---", "+++")) or line.startswith("@@"):
            out.append(f'<span class="hunk">{html.escape(line)}</span>')
            i += 1
            continue
        if line.startswith("-"):
            j = i
            while j < len(lines) and lines[j].startswith("-"):
                j += 1
            k = j
            while k < len(lines) and lines[k].startswith("+"):
                k += 1
            removed, added = lines[i:j], lines[j:k]
            if len(removed) == len(added):
                pairs = [_pair_marks(a[1:], b[1:]) for a, b in zip(removed, added, strict=True)]
                out += [f'<span class="del">-{a}</span>' for a, _ in pairs]
                out += [f'<span class="add">+{b}</span>' for _, b in pairs]
            else:
                out += [f'<span class="del">{html.escape(a)}</span>' for a in removed]
                out += [f'<span class="add">{html.escape(b)}</span>' for b in added]
            i = k
            continue
        css = "add" if line.startswith("+") else ""
        out.append(f'<span class="{css}">{html.escape(line)}</span>' if css else html.escape(line))
        i += 1
    return "<pre>" + "\n".join(out) + "</pre>"


def write_html(result: dict, path: Path) -> None:
    fw_label = {k: fw.label for k, fw in FRAMEWORKS.items()}
    e = html.escape
    out = [
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>What the upgrade changed</title>",
        f"<style>{CSS}</style>",
        "</head>\n<body>\n<main>",
        "<h1>What the upgrade changed</h1>",
    ]
    n, figs = result["changed"], result["figures"]
    out.append(
        f"<p><strong>{n} example output{'s' if n != 1 else ''} changed</strong>, "
        f"{result['unchanged']} unchanged, in {result['compared']['units']} unit(s) "
        f"compared; {len(result['ignored'])} volatile output(s) left out. "
        f"Figures compared: {figs['compared']} ({figs['identical']} identical, "
        f"{figs['within_threshold']} within the threshold of "
        f"{result['threshold']:.2%} of their pixels). "
        f"Reference: {e(', '.join(result['sources']['reference']))}. This build: "
        f"{e(', '.join(result['sources']['this']))}.</p>"
    )
    out.append(
        "<h2>Versions</h2><table><thead><tr><th>framework</th><th>package</th>"
        "<th>reference</th><th>this build</th></tr></thead><tbody>"
    )
    shown = None
    for row in result["versions"]:
        fw = fw_label[row["framework"]] if row["framework"] != shown else ""
        shown = row["framework"]
        out.append(
            f'<tr class="{"changed" if row["changed"] else ""}">'
            f"<td>{e(fw)}</td><td>{e(row['package'])}</td>"
            f"<td>{e(row['reference'])}</td><td>{e(row['this'])}</td></tr>"
        )
    out.append("</tbody></table>")
    out.append("<h2>Changed outputs</h2>")
    if not result["changes"]:
        out.append("<p>None: every compared output is the same.</p>")
    for change in result["changes"]:
        badges = [change["kind"]] + (["code changed too"] if change["code_changed"] else [])
        out.append(
            '<section class="change">'
            f"<h3>{e(change['example'])} &middot; {e(fw_label[change['framework']])}"
            + "".join(f'<span class="badge">{e(b)}</span>' for b in badges)
            + "</h3>"
            f"<p>page <code>{e(change['page'])}</code></p>"
        )
        if change["diff"]:
            out.append(_diff_html(change["diff"]))
        for fig in change["figures"]:
            out.append(f'<p>Figure {fig["index"]}: {e(fig["why"])}</p><div class="figures">')
            for label, data in (
                ("reference", fig["before"]),
                ("this build", fig["after"]),
                ("changed pixels, in red", fig["mask"]),
            ):
                if data:
                    out.append(
                        f'<figure><img src="{_data_uri(data)}" alt="Figure '
                        f'{fig["index"]} of {e(change["example"])}, {label}">'
                        f"<figcaption>{e(label)}</figcaption></figure>"
                    )
            out.append("</div>")
        out.append("</section>")
    if result["ignored"]:
        out.append("<h2>Left out (volatile)</h2><ul>")
        out += [
            f"<li>{e(i['example'])} &middot; {e(fw_label[i['framework']])}: {e(i['reason'])}</li>"
            for i in result["ignored"]
        ]
        out.append("</ul>")
    for key, title in (
        ("only_reference", "Units only in the reference"),
        ("only_this", "Units only in this build"),
    ):
        if result[key]:
            out.append(f"<h2>{title} (not compared)</h2><p>{e(', '.join(result[key]))}</p>")
    out.append("</main>\n</body>\n</html>\n")
    path.write_text("\n".join(out), encoding="utf-8")


def markdown(result: dict) -> str:
    """A short summary for a CI job's page (GitHub's job summary takes Markdown)."""
    fw_label = {k: fw.label for k, fw in FRAMEWORKS.items()}
    n = result["changed"]
    lines = [
        "## What the upgrade changed",
        "",
        f"**{n} example output{'s' if n != 1 else ''} changed**, {result['unchanged']} "
        f"unchanged ({result['compared']['units']} units compared, "
        f"{len(result['ignored'])} volatile outputs left out; "
        f"{result['figures']['compared']} figures compared, "
        f"{result['figures']['identical']} identical). The full report, with the "
        "figures, is `index.html` beside this summary (in CI, the `output-diff` "
        "artifact).",
        "",
        "| framework | package | reference | this build |",
        "|---|---|---|---|",
    ]
    for row in result["versions"]:
        mark = "**" if row["changed"] else ""
        lines.append(
            f"| {fw_label[row['framework']]} | {row['package']} | "
            f"{mark}{row['reference']}{mark} | {mark}{row['this']}{mark} |"
        )
    lines.append("")
    for n_shown, change in enumerate(result["changes"]):
        if sum(map(len, lines)) > MARKDOWN_LIMIT:
            lines += [
                f"... and {len(result['changes']) - n_shown} more changed outputs: see the report.",
                "",
            ]
            break
        note = " (its code changed too)" if change["code_changed"] else ""
        lines.append(
            f"### `{change['example']}` · {fw_label[change['framework']]}: {change['kind']}{note}"
        )
        if change["diff"]:
            diff = change["diff"].splitlines()
            cut = diff[:MARKDOWN_DIFF_LINES]
            if len(diff) > len(cut):
                cut.append(f"... ({len(diff) - len(cut)} more lines in the report)")
            lines += ["", "```diff", *(ln.replace("```", "`\u200b``") for ln in cut), "```"]
        lines += [f"- figure {f['index']}: {f['why']}" for f in change["figures"]]
        lines.append("")
    for key, what in (
        ("only_reference", "only in the reference"),
        ("only_this", "only in this build"),
    ):
        if result[key]:
            lines.append(f"Units {what} (not compared): {', '.join(result[key])}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--against",
        nargs="+",
        type=Path,
        required=True,
        metavar="DIR",
        help="the reference: bundles, a folder of bundles, a cache or store",
    )
    parser.add_argument(
        "--this",
        nargs="+",
        type=Path,
        default=[DEFAULT_THIS],
        metavar="DIR",
        help="this build, the same kinds (default: build/.jupyter_cache)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help="where the report goes (default: build/output-diff)",
    )
    parser.add_argument("--only", help="these chapters only (comma-separated)")
    parser.add_argument("--frameworks", help="these frameworks only (comma-separated)")
    parser.add_argument(
        "--threshold",
        type=float,
        default=THRESHOLD,
        help="the share of a figure's pixels that must change (0.001)",
    )
    parser.add_argument(
        "--pixel-tolerance",
        type=float,
        default=PIXEL_TOLERANCE,
        help="how much a pixel's channel must change, 0..1 (0.1)",
    )
    parser.add_argument(
        "--fail-on-change", action="store_true", help="exit with status 1 when an output changed"
    )
    args = parser.parse_args(argv)
    only = {c.strip() for c in args.only.split(",") if c.strip()} if args.only else None
    frameworks = (
        {f.strip() for f in args.frameworks.split(",") if f.strip()} if args.frameworks else None
    )
    try:
        reference = gather(args.against, only, frameworks)
        this = gather(args.this, only, frameworks)
        for side, units, folders in (
            ("reference", reference, args.against),
            ("this build", this, args.this),
        ):
            if not units:
                raise DiffError(
                    f"{side}: no executed unit in {', '.join(map(str, folders))} "
                    "(a bundle, a folder of bundles, build/.jupyter_cache or its "
                    "units folder)"
                )
        result = compare(reference, this, args.threshold, args.pixel_tolerance)
    except DiffError as err:
        print(f"output_diff: {err}", file=sys.stderr)
        return 2
    result["sources"] = {
        "reference": [str(p) for p in args.against],
        "this": [str(p) for p in args.this],
    }
    args.out.mkdir(parents=True, exist_ok=True)
    write_html(result, args.out / "index.html")
    (args.out / "summary.json").write_text(
        json.dumps(_json_safe(result), indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    (args.out / "summary.md").write_text(markdown(result), encoding="utf-8")
    print(
        f"{result['changed']} changed, {result['unchanged']} unchanged, "
        f"{len(result['ignored'])} volatile left out, in {result['compared']['units']} "
        f"unit(s); only in the reference: {len(result['only_reference'])}, only in this "
        f"build: {len(result['only_this'])}"
    )
    for change in result["changes"]:
        print(
            f"  {change['page']}/{change['framework']} {change['example']}: "
            f"{change['kind']}{' (code changed)' if change['code_changed'] else ''}"
        )
    print(f"report: {args.out / 'index.html'}")
    return 1 if args.fail_on_change and result["changed"] else 0


if __name__ == "__main__":
    sys.exit(main())
