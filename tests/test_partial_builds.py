"""The author's fast paths (prelim.partial_builds, `nox -s docs` options) work, say what
they left out, and can never publish: one chapter, no execution. (A subset of frameworks,
PRELIM_FRAMEWORKS, is built end to end in test_faults.py and test_execution.py.)"""

from __future__ import annotations

import re

import pytest

from helpers import ROOT, build, executed, html_of, small_site

NO_EXEC = ("-D", "nb_execution_mode=off")  # the ``--no-exec`` of `nox -s docs`
NOT_EXECUTED = "This build did not execute the examples on this page"


@pytest.mark.slow
def test_no_exec_renders_every_page_and_says_outputs_are_absent(tmp_path):
    site = small_site(tmp_path / "site")
    proc = build(site, *NO_EXEC)
    assert proc.returncode == 0, proc.log[-3000:]  # declared exceptions are not judged
    assert not executed(proc.log)
    html = html_of(site, "basics")
    assert html.count('<div class="prelim-not-executed admonition warning"') == 1
    assert NOT_EXECUTED in html
    assert 'class="cell_output' not in html
    assert "Executed when this site was built" not in html  # no provenance to report
    assert NOT_EXECUTED not in html_of(site, "index")  # prose only


@pytest.mark.slow
def test_only_builds_the_chosen_chapter_and_unlinks_the_others(tmp_path):
    site = small_site(tmp_path / "site")
    basics = site / "docs/basics.md"
    basics.write_text(basics.read_text() + "\nSee {doc}`reference` and [it](reference.md).\n")
    proc = build(site, *NO_EXEC, env={"PRELIM_ONLY": "basics"})
    assert proc.returncode == 0, proc.log[-3000:]
    out = site / "_build/html"
    assert (out / "basics.html").is_file() and not (out / "reference.html").exists()
    assert re.search(r"\b2 added, 0 changed", proc.log)  # index and basics, no more
    html = (out / "basics.html").read_text()
    assert not re.search(r'href="reference\.html', html)  # plain text, not a dead link
    # a link to a page that does not exist is still an error
    basics.write_text(basics.read_text() + "\nAnd {doc}`nowhere`.\n")
    proc = build(site, *NO_EXEC, env={"PRELIM_ONLY": "basics"})
    assert proc.returncode != 0
    assert "nowhere" in proc.log


def test_only_names_the_pages_it_knows(tmp_path):
    site = small_site(tmp_path / "site")
    proc = build(site, *NO_EXEC, env={"PRELIM_ONLY": "basic"})
    assert proc.returncode != 0
    assert "PRELIM_ONLY='basic': no page basic in" in proc.log
    assert "choose from basics, reference" in proc.log


# -- the docs session: what `nox -s docs -- ...` passes to Sphinx ---------------------


class Session:
    """What _sphinx_args uses of a nox session: its arguments, env, and error()."""

    def __init__(self, *posargs):
        self.posargs, self.env = list(posargs), {}

    def error(self, message):
        raise SystemExit(message)


@pytest.fixture
def noxfile(monkeypatch):
    for host in ("READTHEDOCS", "GITHUB_ACTIONS", "PRELIM_FRAMEWORKS", "PRELIM_ONLY"):
        monkeypatch.delenv(host, raising=False)
    monkeypatch.syspath_prepend(str(ROOT))
    import noxfile  # once per session: importing it again would register its sessions twice

    return noxfile


def test_docs_session_builds_in_parallel_into_build_html(noxfile):
    args = noxfile._sphinx_args(Session())
    assert args[args.index("-j") + 1] == "auto"
    assert args[-1] == str(noxfile.HTML) and "-E" in args
    # an option's path value is not an output folder
    args = noxfile._sphinx_args(Session("-D", "nb_execution_cache_path=/tmp/c/cache"))
    assert args[-1] == str(noxfile.HTML)
    args = noxfile._sphinx_args(Session("-j", "1", "--incremental"))
    assert args.count("-j") == 1 and "-E" not in args


def test_only_goes_to_its_own_folder(noxfile):
    session = Session("--only", "calculus,autograd")
    args = noxfile._sphinx_args(session)
    assert session.env["PRELIM_ONLY"] == "calculus,autograd"
    assert args[-1] == str(noxfile.ONLY) and "--only" not in args
    with pytest.raises(SystemExit, match="--only takes chapter names"):
        noxfile._sphinx_args(Session("--only"))


@pytest.mark.parametrize("host", ["READTHEDOCS", "GITHUB_ACTIONS"])
def test_the_published_site_is_never_partial(noxfile, monkeypatch, host):
    monkeypatch.setenv(host, "True")
    noxfile._sphinx_args(Session())  # the full build is fine
    for posargs in (["--no-exec"], ["--only", "calculus"], ["-D", "nb_execution_mode=off"]):
        with pytest.raises(SystemExit, match=f"{host} is set"):
            noxfile._sphinx_args(Session(*posargs))
    monkeypatch.setenv("PRELIM_FRAMEWORKS", "torch,jax")
    with pytest.raises(SystemExit, match="drop PRELIM_FRAMEWORKS"):
        noxfile._sphinx_args(Session())
