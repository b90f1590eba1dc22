"""Every option and warning of the extension is declared once, in prelim/core/options.py,
and the README lists the warnings a site may silence."""

from __future__ import annotations

import re

from helpers import EXTENSION, ROOT
from prelim.core.options import OPTIONS, WARNING_SUBTYPES

SOURCES = {p: p.read_text(encoding="utf-8") for p in (EXTENSION / "prelim").rglob("*.py")}


def test_every_option_read_is_declared_once():
    declared = [o.name for o in OPTIONS]
    assert len(declared) == len(set(declared)), declared
    read = {m for text in SOURCES.values() for m in re.findall(r"\bconfig\.(prelim_\w+)", text)}
    read |= {
        m
        for text in SOURCES.values()
        for m in re.findall(r'"(prelim_\w+)"', text)
        if m in {"prelim_pdf_framework", "prelim_pdf_folder", "prelim_pdfs"}
    }
    assert read <= set(declared), f"read but not declared: {sorted(read - set(declared))}"
    others = [
        p
        for p, text in SOURCES.items()
        if "add_config_value" in text and not p.name == "options.py"
    ]
    assert not others, f"options declared outside core/options.py: {others}"
    assert all(o.doc for o in OPTIONS)


def test_every_warning_subtype_is_declared_and_listed():
    used = {m for text in SOURCES.values() for m in re.findall(r'subtype="([\w-]+)"', text)}
    assert used == set(WARNING_SUBTYPES), (
        f"used, not declared: {sorted(used - set(WARNING_SUBTYPES))}; declared, never "
        f"used: {sorted(set(WARNING_SUBTYPES) - used)}"
    )
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [s for s in WARNING_SUBTYPES if f"prelim.{s}" not in readme]
    assert not missing, f"the README does not list suppress_warnings for {missing}"
