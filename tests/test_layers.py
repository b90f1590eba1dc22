"""The extension's folders are the pipeline, and imports run one way along it.

A module of ``docs/_ext/prelim`` may import from its own stage and from the stages before
it in ``STAGES``, never from a later one; no import of the extension hides inside a
function (the way an import circle is usually dodged); and no two modules import each
other, directly or round a circle. The check reads the syntax trees: nothing is imported.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from helpers import EXTENSION

PACKAGE = EXTENSION / "prelim"
#: the pipeline, first to last (the extension's __init__ wires them, after all of them)
STAGES = ("kernel", "core", "read", "execute", "check", "render", "generate", "builder")
TOP = "prelim"


def module_name(path: Path, root: Path = PACKAGE) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join([TOP, *parts])


def stage_of(module: str) -> str:
    """``prelim.core.cells`` -> ``core``; the package itself -> ``prelim``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else TOP


def rank(stage: str) -> int:
    return len(STAGES) if stage == TOP else STAGES.index(stage)


def _target(
    node: ast.ImportFrom | ast.Import, module: str, is_package: bool, known: set[str]
) -> list[str]:
    """The extension modules an import statement names (absolute dotted names)."""
    if isinstance(node, ast.Import):
        return [a.name for a in node.names if a.name.split(".")[0] == TOP]
    if node.level == 0:
        base = node.module or ""
        if base.split(".")[0] != TOP:
            return []
    else:
        package = module.split(".") if is_package else module.split(".")[:-1]
        package = package[: len(package) - (node.level - 1)]
        base = ".".join(package + ([node.module] if node.module else []))
    # `from . import forked` and `from ..core import cells` name modules; `from .cells
    # import X` names cells
    return [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]


def imports(path: Path, root: Path = PACKAGE) -> list[tuple[int, str, bool]]:
    """(line, imported extension module, at module level?) for every import in a file."""
    module = module_name(path, root)
    known = {module_name(p, root) for p in root.rglob("*.py")}
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    top_level = {id(n) for n in tree.body}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            for target in _target(node, module, path.name == "__init__.py", known):
                found.append((node.lineno, target, id(node) in top_level))
    return found


def violations(root: Path = PACKAGE) -> list[str]:
    """Every import that breaks the pipeline's direction, or hides in a function."""
    out = []
    for path in sorted(root.rglob("*.py")):
        source = module_name(path, root)
        where = path.relative_to(root.parent).as_posix()
        if stage_of(source) != TOP and stage_of(source) not in STAGES:
            out.append(f"{where}: the folder {stage_of(source)!r} is no stage of {STAGES}")
            continue
        for line, target, at_top in imports(path, root):
            if not at_top:
                out.append(
                    f"{where}:{line}: imports {target} inside a function or block; "
                    "import at the top of the module"
                )
            if rank(stage_of(target)) > rank(stage_of(source)):
                out.append(
                    f"{where}:{line}: {stage_of(source)} imports {target}, a later "
                    f"stage ({stage_of(target)}); move what both need into an earlier "
                    "stage"
                )
    return out


def cycles(root: Path = PACKAGE) -> list[list[str]]:
    """Import circles between the extension's modules."""
    modules = {module_name(p, root): p for p in root.rglob("*.py")}
    graph = {
        m: sorted({t for _, t, _ in imports(p, root) if t in modules and t != m})
        for m, p in modules.items()
    }
    found, state = [], {}

    def visit(node, stack):
        state[node] = "open"
        stack.append(node)
        for nxt in graph[node]:
            if state.get(nxt) == "open":
                found.append(stack[stack.index(nxt) :] + [nxt])
            elif nxt not in state:
                visit(nxt, stack)
        stack.pop()
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node, [])
    return found


def test_imports_run_one_way_along_the_pipeline():
    found = violations()
    assert not found, "\n".join(found)


def test_no_import_circle():
    found = cycles()
    assert not found, "\n".join(" -> ".join(c) for c in found)


def test_every_stage_is_a_folder_of_the_extension():
    folders = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists()}
    assert folders == set(STAGES)


def _tiny_extension(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "prelim"
    for name, text in {"__init__.py": "", **files}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    for stage in STAGES:
        (root / stage).mkdir(exist_ok=True)
        (root / stage / "__init__.py").touch()
    return root


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        (
            {"core/cells.py": "from ..render.tabs import SYNC\n", "render/tabs.py": "SYNC = 1\n"},
            "prelim/core/cells.py:1: core imports prelim.render.tabs, a later stage (render)",
        ),
        (
            {"check/a.py": "def f():\n    from ..core import cells\n", "core/cells.py": ""},
            "prelim/check/a.py:2: imports prelim.core.cells inside a function",
        ),
        (
            {"read/page.py": "from prelim.generate import report\n", "generate/report.py": ""},
            "prelim/read/page.py:1: read imports prelim.generate.report, a later stage",
        ),
    ],
)
def test_the_check_sees_a_backward_or_hidden_import(tmp_path, files, expected):
    found = violations(_tiny_extension(tmp_path, files))
    assert any(v.startswith(expected) for v in found), found


def test_the_check_sees_a_circle(tmp_path):
    root = _tiny_extension(
        tmp_path, {"core/a.py": "from . import b\n", "core/b.py": "from .a import x\n"}
    )
    assert cycles(root) == [["prelim.core.a", "prelim.core.b", "prelim.core.a"]]
