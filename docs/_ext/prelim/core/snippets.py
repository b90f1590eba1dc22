"""The snippet model: which examples exist, which frameworks they have, what they declare.

An example is three files, ``snippets/<chapter>/<name>_{torch,jax,tf}.py``. Each is a
standalone program whose last expression is the value the page shows. A snippet that
teaches an error says so in its leading comment block with a line ``# raises: TypeError``.

This module is imported by the Sphinx extension and by the tests, so it must not import
any framework.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from pathlib import Path

from .frameworks import FRAMEWORKS

ROOT = Path(__file__).resolve().parents[4]
SNIPPETS = ROOT / "snippets"

_RAISES = re.compile(r"^#\s*raises:\s*([A-Za-z_][\w.]*)\s*$")


class SnippetError(Exception):
    """A problem with a snippet file, reported with its path and line."""

    def __init__(self, path: Path, line: int | None, message: str, base: Path | None = None):
        self.path, self.line = path, line
        where = relative(path, base) + (f":{line}" if line else "")
        super().__init__(f"{where}: {message}")


def relative(path: Path, base: Path | None = None) -> str:
    """The path as the project names it: never an absolute path of this machine."""
    for root in (base, ROOT):
        if root is not None:
            try:
                return Path(path).resolve().relative_to(Path(root).resolve()).as_posix()
            except ValueError:
                pass
    return Path(path).name


@dataclasses.dataclass(frozen=True)
class Snippet:
    path: Path
    framework: str
    source: str
    raises: str | None  # exception class name the snippet must raise, if any


def read_snippet(path: Path, framework: str, base: Path | None = None) -> Snippet:
    try:
        source = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        at = path.read_bytes()[: err.start].count(b"\n") + 1
        raise SnippetError(
            path,
            at,
            f"is not valid UTF-8 ({err.reason} at byte {err.start}); save the file as UTF-8",
            base,
        ) from None
    except OSError as err:
        raise SnippetError(path, None, f"cannot be read ({err.strerror})", base) from None
    raises: str | None = None
    for line in source.splitlines():
        if not line.startswith("#"):
            break
        if m := _RAISES.match(line):
            raises = m.group(1)
    if not source.strip():
        raise SnippetError(path, 1, "is empty; write the example or delete the file", base)
    return Snippet(path, framework, source.rstrip("\n"), raises)


@dataclasses.dataclass(frozen=True)
class Example:
    chapter: str
    name: str
    root: Path = dataclasses.field(default=SNIPPETS, compare=False, repr=False)

    @property
    def key(self) -> str:
        return f"{self.chapter}/{self.name}"

    def path(self, framework: str) -> Path:
        return self.root / self.chapter / f"{self.name}{FRAMEWORKS[framework].suffix}.py"

    def snippets(self, frameworks: Iterable[str] = tuple(FRAMEWORKS)) -> dict[str, Snippet]:
        """Read the example's snippets; a missing framework file is an error."""
        out, base = {}, self.root.parent
        if not any(self.path(fw).exists() for fw in FRAMEWORKS):
            raise self._unknown(base)
        for fw in frameworks:
            p = self.path(fw)
            if not p.exists():
                raise SnippetError(
                    p,
                    None,
                    f"is missing: example {self.key!r} needs a "
                    f"{FRAMEWORKS[fw].label} version; write it, or remove "
                    "the example's other files",
                    base,
                )
            out[fw] = read_snippet(p, fw, base)
        return out

    def _unknown(self, base: Path) -> SnippetError:
        """No file of this example exists: most likely a misspelt name in the page."""
        known = sorted({e.name for e in all_examples(self.root) if e.chapter == self.chapter})
        where = self.root / self.chapter / f"{self.name}_*.py"
        return SnippetError(
            where,
            None,
            f"no such example {self.name!r} in chapter "
            f"{self.chapter!r}; check the name after `:example:` (this "
            f"chapter has: {', '.join(known) or 'no examples yet'}), or "
            "write its snippet files",
            base,
        )


def all_examples(root: Path = SNIPPETS) -> list[Example]:
    """Every example under snippets/, sorted, found from its files."""
    names = set()
    for p in root.glob("*/*.py"):
        for fw in FRAMEWORKS.values():
            if p.stem.endswith(fw.suffix):
                names.add(Example(p.parent.name, p.stem[: -len(fw.suffix)], root))
    return sorted(names, key=lambda e: e.key)
