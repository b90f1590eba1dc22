"""The hosting configs are valid and build the site the way a contributor does.

Validated offline against the JSON schemas vendored in tests/schemas (see its README):
GitHub's workflow syntax and Read the Docs' config file.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

from helpers import ROOT
from prelim.core.frameworks import FRAMEWORKS

SCHEMAS = Path(__file__).parent / "schemas"
CONFIGS = {
    ".github/workflows/pages.yml": "github-workflows.json",
    ".github/workflows/tests.yml": "github-workflows.json",
    ".github/workflows/nightly.yml": "github-workflows.json",
    ".readthedocs.yaml": "readthedocs.json",
}


class _Yaml12Loader(yaml.SafeLoader):
    """YAML as GitHub and Read the Docs read it: `on:` is a key, not the boolean True."""


_Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def load(path: str):
    return yaml.load((ROOT / path).read_text(encoding="utf-8"), Loader=_Yaml12Loader)


def schema_errors(config: dict, schema_file: str) -> list[str]:
    schema = json.loads((SCHEMAS / schema_file).read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}"
        for e in sorted(cls(schema).iter_errors(config), key=lambda e: list(e.path))
    ]


@pytest.mark.parametrize(("path", "schema"), CONFIGS.items(), ids=list(CONFIGS))
def test_hosting_config_is_valid(path, schema):
    errors = schema_errors(load(path), schema)
    assert not errors, f"{path} does not validate against tests/schemas/{schema}:\n" + "\n".join(
        errors
    )


def test_the_schemas_reject_a_broken_config():
    """The validation itself can fail: a misspelt key is an error."""
    workflow = load(".github/workflows/pages.yml")
    workflow["jobs"]["render"]["runs_on"] = workflow["jobs"]["render"].pop("runs-on")
    assert schema_errors(workflow, "github-workflows.json")
    rtd = load(".readthedocs.yaml")
    rtd["build"]["tools"]["python"] = 3.11  # a number, not a string
    assert schema_errors(rtd, "readthedocs.json")


CI_SCRIPT = ".ci/run"


def _commands(path: str) -> list[str]:
    """The commands a config runs; a step running .ci/run stands for that file's lines."""
    config = load(path)
    if "jobs" not in config:
        return config["build"]["commands"]
    commands = []
    for job in config["jobs"].values():
        for step in job.get("steps", []):
            run = step.get("run", "")
            if re.search(rf"(^|\s){re.escape(CI_SCRIPT)}\b", run):
                commands += (ROOT / CI_SCRIPT).read_text(encoding="utf-8").splitlines()
            else:
                commands.append(run)
    return commands


def test_ci_is_one_definition():
    """The Tests workflow runs .ci/run, which runs the fresh docs build and the full tier
    (so the fast tier too): what CI judges is what a clean clone's `.ci/run` judges."""
    runs = [
        s.get("run", "")
        for job in load(".github/workflows/tests.yml")["jobs"].values()
        for s in job["steps"]
    ]
    assert any(CI_SCRIPT in r for r in runs), "tests.yml must run .ci/run"
    judged = [r for r in runs if re.search(r"\bnox -s (?!diff\b)", r)]  # diff only informs
    assert not judged, f"tests.yml runs nox sessions itself: put them in .ci/run ({judged})"
    script = [
        line.split("#")[0] for line in (ROOT / CI_SCRIPT).read_text(encoding="utf-8").splitlines()
    ]
    sessions = [m.group(1) for line in script if (m := re.search(r"\bnox -s ([\w ]+)", line))]
    assert "docs" in " ".join(sessions) and "full" in " ".join(sessions), sessions


def test_nightly_runs_the_long_checks():
    commands = " ".join(_commands(".github/workflows/nightly.yml"))
    for session in ("determinism", "breaks"):
        assert re.search(rf"\bnox -s {session}\b", commands), f"nightly must run {session}"
    assert "schedule" in load(".github/workflows/nightly.yml")["on"]


@pytest.mark.parametrize("path", [p for p in CONFIGS if "nightly" not in p])
def test_hosting_builds_with_the_docs_session(path):
    builds = [c for c in _commands(path) if re.search(r"\bnox -s docs\b", c)]
    assert builds, f"{path} must build the site with `nox -s docs`, as the README says"
    assert not any(re.search(r"sphinx-build|-m sphinx", c) for c in _commands(path)), (
        f"{path} calls Sphinx itself: build with `nox -s docs` so the options stay the same"
    )


def test_pages_publishes_what_the_docs_session_builds():
    workflow = load(".github/workflows/pages.yml")
    steps = workflow["jobs"]["render"]["steps"]
    upload = next(s for s in steps if s.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"] == "build/html"  # noxfile.HTML
    assert any(re.search(r"\bnox -s docs\b", s.get("run", "")) for s in steps)
    assert "render" in workflow["jobs"]["deploy"]["needs"]
    assert "deploy-pages" in json.dumps(workflow["jobs"]["deploy"])


def _nox_runs(steps: list[dict]) -> list[str]:
    return [
        line.strip()
        for s in steps
        for line in s.get("run", "").split("&&")
        if re.search(r"\bnox -s\b", line)
    ]


def test_pages_executes_each_framework_in_its_own_environment():
    """One matrix job per framework runs `nox -s execute` for that framework alone (its
    environment holds the render group and that framework's group) and uploads the bundle;
    no job of the matrix runs a session that installs the shared, three-framework .venv."""
    job = load(".github/workflows/pages.yml")["jobs"]["execute"]
    strategy = job["strategy"]
    assert strategy["fail-fast"] is False
    assert strategy["matrix"]["framework"] == list(FRAMEWORKS)
    include = {entry["framework"]: entry for entry in strategy["matrix"]["include"]}
    assert set(include) == set(strategy["matrix"]["framework"])
    assert all(entry["runner"] for entry in include.values())  # a GPU runner: one label
    assert job["runs-on"] == "${{ matrix.runner }}"
    assert _nox_runs(job["steps"]) == [
        "nox -s execute -- --frameworks ${{ matrix.framework }} "
        "--out build/executed/${{ matrix.framework }}"
    ]
    (upload,) = [s for s in job["steps"] if s.get("uses", "").startswith("actions/upload-artifact")]
    assert upload["with"]["name"] == "executed-${{ matrix.framework }}"
    assert upload["with"]["path"] == "build/executed/${{ matrix.framework }}"
    # PyTorch's CPU index for torch's job only: the others install nothing from it
    assert job["env"]["PIP_EXTRA_INDEX_URL"] == "${{ matrix.pip-extra-index-url }}"
    assert [fw for fw, entry in include.items() if "download.pytorch.org" in json.dumps(entry)] == [
        "torch"
    ]
    assert "download.pytorch.org" not in json.dumps(
        {k: v for k, v in job.items() if k != "strategy"}
    )
    # each framework's executed units are cached apart, and dropped when a pin changes
    (cache,) = [s for s in job["steps"] if s.get("uses", "").startswith("actions/cache")]
    assert cache["with"]["path"] == "build/.jupyter_cache"
    for key in (cache["with"]["key"], cache["with"]["restore-keys"]):
        assert "${{ matrix.framework }}" in key and "hashFiles('constraints.txt')" in key


def test_pages_renders_from_the_three_bundles():
    """The render job downloads every framework's bundle and builds the PDFs and the site
    from all three (`--executed`), executing nothing itself."""
    workflow = load(".github/workflows/pages.yml")
    job = workflow["jobs"]["render"]
    assert job["needs"] == "execute"
    frameworks = workflow["jobs"]["execute"]["strategy"]["matrix"]["framework"]
    downloads = {
        s["with"]["name"]: s["with"]["path"]
        for s in job["steps"]
        if s.get("uses", "").startswith("actions/download-artifact")
    }
    assert downloads == {f"executed-{fw}": f"build/executed/{fw}" for fw in frameworks}
    builds = _nox_runs(job["steps"])
    assert [b.split(" --")[0] for b in builds] == ["nox -s pdf", "nox -s docs"]
    for build in builds:
        executed = re.search(r"--executed((?: [^-\s]\S*)+)", build)
        assert executed, f"{build!r} must render from the bundles (--executed)"
        assert sorted(executed.group(1).split()) == sorted(downloads.values()), build


def test_read_the_docs_writes_where_it_publishes():
    (build,) = [c for c in _commands(".readthedocs.yaml") if "nox -s docs" in c]
    assert "$READTHEDOCS_OUTPUT/html" in build


def test_the_build_fetches_nothing():
    """No remote inventories or assets: once installed, the build needs no network."""
    conf = (ROOT / "conf.py").read_text(encoding="utf-8")
    assert "intersphinx" not in conf, "intersphinx fetches inventories from the network"
    for setting in ("html_js_files", "html_css_files", "mathjax_path"):
        for value in re.findall(rf"^{setting}\s*=\s*(.+)$", conf, re.M):
            assert "http" not in value and "//" not in value, f"conf.py: {setting} is remote"


def _tex_packages() -> set[str]:
    """noxfile.TEX_PACKAGES, read from its syntax tree (the noxfile imports nox)."""
    import ast

    tree = ast.parse((ROOT / "noxfile.py").read_text(encoding="utf-8"))
    (value,) = [
        node.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and any(getattr(t, "id", "") == "TEX_PACKAGES" for t in node.targets)
    ]
    return set(ast.literal_eval(value))


@pytest.mark.parametrize("path", [".github/workflows/pages.yml", ".readthedocs.yaml"])
def test_hosting_publishes_the_pdfs(path):
    """The PDFs are built (and checked) by `nox -s pdf` before `nox -s docs`, which copies
    them into the site and links them."""
    commands = _commands(path)
    pdf = [i for i, c in enumerate(commands) if re.search(r"\bnox -s pdf\b", c)]
    docs = [i for i, c in enumerate(commands) if re.search(r"\bnox -s docs\b", c)]
    assert pdf and docs and pdf[0] < docs[0], f"{path}: `nox -s pdf` must come before docs"


@pytest.mark.parametrize("path", [p for p in CONFIGS if "nightly" not in p])
def test_hosting_installs_the_tex_the_pdf_session_names(path):
    """The runners are not root, so the nox sessions cannot install TeX Live themselves
    (they would stop, naming the command): each config installs noxfile.TEX_PACKAGES."""
    config = load(path)
    if "jobs" in config:
        install = " ".join(c for c in _commands(path) if "apt-get install" in c).split()
        packages = {word for word in install if not word.startswith("-")} - {
            "sudo",
            "apt-get",
            "install",
            "update",
            "&&",
        }
    else:
        packages = set(config["build"].get("apt_packages", []))
    assert packages == _tex_packages(), f"{path} installs other TeX packages than noxfile"


#: pre-commit hook repositories, by the distribution constraints.txt pins for them
HOOK_REPOSITORIES = {
    "https://github.com/astral-sh/ruff-pre-commit": "ruff",
    "https://github.com/zizmorcore/zizmor-pre-commit": "zizmor",
    "https://github.com/codespell-project/codespell": "codespell",
}


def test_pre_commit_hooks_run_the_pinned_linters():
    """The hooks come from their own repositories at the versions `nox -s lint` runs."""
    pins = dict(
        line.split("==")
        for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").split()
        if "==" in line
    )
    repos = {r["repo"]: r.get("rev") for r in load(".pre-commit-config.yaml")["repos"]}
    assert set(HOOK_REPOSITORIES) <= set(repos), sorted(repos)
    for repo, dist in HOOK_REPOSITORIES.items():
        assert repos[repo] == f"v{pins[dist]}", f"{repo}: {repos[repo]}, {dist}=={pins[dist]}"
