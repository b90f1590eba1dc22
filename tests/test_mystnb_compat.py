"""The myst-nb code the extension repeats or patches still matches the installed myst-nb
(docs/_ext/prelim/core/mystnb_compat.py). The fixture-site builds check the behaviour
(each page executes once: tests/test_execution.py); these name what changed."""

from __future__ import annotations

import pytest
from sphinx.errors import ExtensionError

from prelim.core import mystnb_compat
from prelim.execute import failures


def test_the_repeated_myst_nb_code_matches_the_installed_myst_nb():
    stale = mystnb_compat.changed()
    assert not stale, (
        "the installed myst-nb changed " + ", ".join(stale) + ": read the new source, bring "
        "prelim/core/mystnb_compat.py in line with it, then record its hash in MIRRORED "
        "(mystnb_compat.source_hash(name))"
    )


def test_a_changed_source_is_named(monkeypatch):
    name = next(iter(mystnb_compat.MIRRORED))
    monkeypatch.setitem(mystnb_compat.MIRRORED, name, "0" * 16)
    assert mystnb_compat.changed() == [name]


def test_the_execution_guard_takes_in_both_modules():
    from myst_nb.core.execute import cache, direct

    failures.install()
    for module in (cache, direct):
        assert getattr(module.single_nb_execution, "prelim_guarded", False), module.__name__


def test_a_caller_that_imports_the_function_itself_is_refused(monkeypatch):
    """Were myst-nb to import single_nb_execution inside its function, replacing the
    module attribute would change nothing: the extension must refuse to start."""

    def start_client(self):
        from jupyter_cache.executors.utils import single_nb_execution as run  # noqa: F401

    from myst_nb.core.execute import cache

    monkeypatch.setattr(cache.NotebookClientCache, "start_client", start_client)
    with pytest.raises(ExtensionError, match="NotebookClientCache.start_client"):
        mystnb_compat.assert_patchable()
