"""Every link from a call in the code lands on a page its framework documents.

core/api_pages.py turns a call into a page by the framework's stored listing of what it
documents (docs/_ext/prelim/data/api_inventories, written by `nox -s inventories`,
tools/api_inventory.py). Here, without building the site: every call of every snippet
(the ~230 targets the pages link) resolves to a page its framework's listing holds, or
to nothing; the listings are those of the pinned versions; and the check fails, naming
each target, when a rule makes pages the frameworks do not have.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import api_inventory  # tools/, on the path (helpers)
import pytest

from conftest import EXAMPLES
from helpers import ROOT
from prelim.core import api_pages
from prelim.core.api_pages import PAGES, api_url, documented, full_name, inventory
from prelim.core.frameworks import FRAMEWORKS
from prelim.core.rosetta import calls


def targets() -> list[str]:
    """The full names of every framework call the snippets make (what the pages link)."""
    names = {
        full_name(n)
        for e in EXAMPLES
        for fw in FRAMEWORKS
        for n in calls(e.path(fw).read_text(encoding="utf-8"))
        if not n.startswith(".")
    }
    return sorted(names)


def listed_pages(package: str) -> set[str]:
    """Every page (with and without its anchor) the package's listing holds."""
    out = set()
    for page in inventory(package).values():
        out |= {page, page.partition("#")[0]}
    return out


def broken(url_of: Callable[[str], str | None]) -> list[str]:
    """'name -> url' for each target whose link points at a page its listing lacks."""
    bad = []
    for name in targets():
        url = url_of(name)
        if url is None:
            continue
        package = name.partition(".")[0]
        base = PAGES[package]
        if not url.startswith(base) or url[len(base) :] not in listed_pages(package):
            bad.append(f"{name} -> {url}")
    return bad


def test_every_call_links_to_a_page_its_framework_documents():
    bad = broken(api_url)
    assert not bad, "links to pages the frameworks' listings lack:\n" + "\n".join(bad)


def test_counts_verified_over_total(capsys):
    counts: Counter = Counter()
    for name in targets():
        package = name.partition(".")[0]
        found = documented(name)
        counts[package, "total"] += 1
        counts[package, "own page" if found == name else "parent" if found else "none"] += 1
    with capsys.disabled():
        for package in PAGES:
            c = {k: counts[package, k] for k in ("own page", "parent", "none", "total")}
            print(
                f"\n{package}: {c['own page']}/{c['total']} on their own page, "
                f"{c['parent']} on a documented parent's, {c['none']} unlinked"
            )
    total = sum(counts[p, "total"] for p in PAGES)
    assert total >= 200, "fewer targets than the snippets make: is the extraction broken?"
    assert sum(counts[p, "own page"] for p in PAGES) / total > 0.95


def old_rule(name: str) -> str | None:
    """The URL rule the links used before the listings (no check the page exists)."""
    full = full_name(name)
    package, _, rest = full.partition(".")
    if package not in PAGES or not rest:
        return None
    return (
        PAGES[package]
        + {
            "torch": f"generated/{full}.html",
            "jax": f"_autosummary/{full}.html",
            "tensorflow": "tf/" + rest.replace(".", "/"),
        }[package]
    )


def test_a_rule_that_makes_missing_pages_fails_naming_each_target(monkeypatch):
    bad = broken(old_rule)
    named = {line.split(" -> ")[0] for line in bad}
    # a function documented on its module's page, a module, a re-exported class, a method
    assert {
        "torch.special.erfc",
        "jax.random",
        "torch.distributions.Normal",
        "tensorflow.random.Generator.from_seed",
    } <= named, bad
    # and through the real function: a page_of that ignores the listing breaks it
    monkeypatch.setattr(
        api_pages,
        "page_of",
        lambda full: (
            f"generated/{full}.html"
            if full.startswith("torch")
            else api_pages.inventory(full.partition(".")[0])[full]
        ),
    )
    assert (
        "torch.special.erfc -> https://docs.pytorch.org/docs/stable/generated/"
        "torch.special.erfc.html" in broken(api_url)
    )


def test_a_name_with_no_documented_parent_links_to_nothing():
    assert api_url("torch.no_such_module.f") is None
    assert api_url("jax.numpy.no_such_function") == PAGES["jax"] + "jax.numpy.html"
    assert documented("tensorflow") is None and api_url("numpy.sum") is None


@pytest.mark.parametrize("package", list(PAGES))
def test_each_listing_is_of_the_pinned_version(package):
    pins = dict(
        line.split("==")
        for line in (ROOT / "constraints.txt").read_text().splitlines()
        if "==" in line and not line.startswith("#")
    )
    header = api_pages.inventory_header(package)
    assert header["package"] == package
    assert header["version"] == pins[package].split("+")[0].split()[0], (
        f"{package}'s listing is of {header['version']}, the pin is {pins[package]}: "
        "run `nox -s inventories`"
    )
    assert header["source"] and int(header["objects"]) == len(inventory(package))


def test_an_objects_inv_is_read_as_sphinx_writes_it(tmp_path: Path):
    body = (
        "torch.sum py:function 1 generated/torch.sum.html#$ -\n"
        "torch.special.erfc py:function 1 special.html#$ -\n"
        "torch.special py:module 0 special.html#module-$ -\n"
        "install std:label -1 install.html Installing\n"
        "torch._private py:function 1 x.html#$ -\n"
        "numpy.sum py:function 1 np.html#$ -\n"
    )
    data = (
        b"# Sphinx inventory version 2\n# Project: PyTorch\n# Version: 2.13\n"
        b"# The remainder of this file is compressed using zlib.\n" + zlib.compress(body.encode())
    )
    assert api_inventory.from_objects_inv(data, "torch") == {
        "torch.sum": "generated/torch.sum.html#torch.sum",
        "torch.special.erfc": "special.html#torch.special.erfc",
        "torch.special": "special.html#module-torch.special",
    }
