"""The registry of real differences between the frameworks, and its callouts on the pages.

``snippets/differences.toml`` declares each difference once: a short title, the reason,
the examples that show it and which aspect of their results differs::

    [mean-of-ints]
    title = "The mean of an integer tensor"
    examples = ["linear_algebra/mean_of_ints"]
    aspects = ["raises", "value", "dtype"]
    reason = "PyTorch raises RuntimeError; JAX returns 1.5; TensorFlow truncates to 1."

Aspects: ``value`` (the values, or their shapes, differ), ``dtype`` (the types of the
results differ: ``int64`` against ``int32``, a tensor against a Python ``int``), ``raises``
(some frameworks raise, or raise something else). The agreement tests hold the registry
to the truth both ways: a difference they observe that is not declared fails as new, a
declared one they no longer observe fails as stale. ``render.callouts`` puts a callout,
"Frameworks differ: <title>", right after the tab set of each example the registry names.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, cast

from .snippets import relative

if TYPE_CHECKING:
    from sphinx.application import Sphinx

#: the registry's file name, in the snippets folder
FILENAME = "differences.toml"
ASPECTS = ("value", "dtype", "raises")
_FIELDS = {"title", "examples", "aspects", "reason"}
_EXAMPLE = re.compile(r"^[\w-]+/\w+$")


class RegistryError(ValueError):
    """A mistake in the registry, reported with its file and line."""


@dataclasses.dataclass(frozen=True)
class Difference:
    id: str
    title: str
    reason: str
    examples: tuple[str, ...]
    aspects: tuple[str, ...]
    line: int  # of the entry's [header], for messages


def _header_lines(text: str) -> dict[str, int]:
    lines: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if m := re.match(r"""^\s*\[\s*["']?([^\]"']+)["']?\s*\]\s*(?:#.*)?$""", line):
            lines.setdefault(m.group(1).strip(), number)
    return lines


def parse(text: str, where: str = FILENAME) -> dict[str, Difference]:
    """The registry's entries by id; a clear error for a malformed one.

    >>> reg = parse('''
    ... [cumsum-dtype]
    ... title = "cumsum of int32"
    ... examples = ["linear_algebra/cumsum"]
    ... aspects = ["dtype"]
    ... reason = "PyTorch promotes to int64."
    ... ''')
    >>> reg["cumsum-dtype"].aspects, reg["cumsum-dtype"].line
    (('dtype',), 2)
    >>> try:
    ...     parse('[x]\\ntitle = "t"\\nexamples = ["a/b"]\\naspects = ["colour"]\\nreason = "r"')
    ... except RegistryError as err:
    ...     print(err)
    differences.toml:1: [x] has unknown aspect 'colour'; use value, dtype or raises
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise RegistryError(f"{where}: is not valid TOML ({err})") from None
    lines = _header_lines(text)
    entries: dict[str, Difference] = {}
    seen: dict[tuple[str, str], str] = {}
    for key, entry in data.items():
        at = f"{where}:{lines.get(key, 1)}"
        if not isinstance(entry, dict):
            raise RegistryError(
                f"{at}: {key!r} must be a table: [{key}] with title, examples, aspects and reason"
            )
        if missing := sorted(_FIELDS - entry.keys()):
            raise RegistryError(f"{at}: [{key}] lacks {', '.join(missing)}")
        if extra := sorted(entry.keys() - _FIELDS):
            raise RegistryError(
                f"{at}: [{key}] has unknown field {', '.join(extra)}; "
                f"the fields are {', '.join(sorted(_FIELDS))}"
            )
        for field in ("title", "reason"):
            if not isinstance(entry[field], str) or not entry[field].strip():
                raise RegistryError(f"{at}: [{key}] {field} must be a non-empty string")
        for field in ("examples", "aspects"):
            value = entry[field]
            if not (isinstance(value, list) and value and all(isinstance(v, str) for v in value)):
                raise RegistryError(f"{at}: [{key}] {field} must be a non-empty list of strings")
        for aspect in entry["aspects"]:
            if aspect not in ASPECTS:
                raise RegistryError(
                    f"{at}: [{key}] has unknown aspect {aspect!r}; use "
                    f"{', '.join(ASPECTS[:-1])} or {ASPECTS[-1]}"
                )
        for example in entry["examples"]:
            if not _EXAMPLE.match(example):
                raise RegistryError(
                    f"{at}: [{key}] example {example!r} must be written "
                    "<chapter>/<name>, as in snippets/<chapter>/<name>_torch.py"
                )
            for aspect in entry["aspects"]:
                if (example, aspect) in seen:
                    raise RegistryError(
                        f"{at}: [{key}] declares the {aspect} difference of "
                        f"{example} again (already in [{seen[example, aspect]}]);"
                        " declare each difference once"
                    )
                seen[example, aspect] = key
        entries[key] = Difference(
            key,
            " ".join(entry["title"].split()),
            " ".join(entry["reason"].split()),
            tuple(entry["examples"]),
            tuple(entry["aspects"]),
            lines.get(key, 1),
        )
    return entries


def load(snippets_root: Path, base: Path | None = None) -> dict[str, Difference]:
    """The registry of a snippets folder ({} when it has none)."""
    path = Path(snippets_root) / FILENAME
    if not path.exists():
        return {}
    return parse(path.read_text(encoding="utf-8"), relative(path, base))


def by_example(registry: dict[str, Difference]) -> dict[str, list[Difference]]:
    """Example key -> the differences declared for it, in registry order."""
    out: dict[str, list[Difference]] = {}
    for diff in registry.values():
        for example in diff.examples:
            out.setdefault(example, []).append(diff)
    return out


def registry_path(app: Sphinx) -> Path:
    return cast(Path, Path(app.confdir) / app.config.prelim_snippets / FILENAME)
