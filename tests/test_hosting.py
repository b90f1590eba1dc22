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

SCHEMAS = Path(__file__).parent / "schemas"
CONFIGS = {
    ".github/workflows/pages.yml": "github-workflows.json",
    ".github/workflows/tests.yml": "github-workflows.json",
    ".readthedocs.yaml": "readthedocs.json",
}


class _Yaml12Loader(yaml.SafeLoader):
    """YAML as GitHub and Read the Docs read it: `on:` is a key, not the boolean True."""


_Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
_Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"))


def load(path: str):
    return yaml.load((ROOT / path).read_text(encoding="utf-8"), Loader=_Yaml12Loader)


def schema_errors(config: dict, schema_file: str) -> list[str]:
    schema = json.loads((SCHEMAS / schema_file).read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return [f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}"
            for e in sorted(cls(schema).iter_errors(config), key=lambda e: list(e.path))]


@pytest.mark.parametrize(("path", "schema"), CONFIGS.items(), ids=list(CONFIGS))
def test_hosting_config_is_valid(path, schema):
    errors = schema_errors(load(path), schema)
    assert not errors, f"{path} does not validate against tests/schemas/{schema}:\n" + \
        "\n".join(errors)


def test_the_schemas_reject_a_broken_config():
    """The validation itself can fail: a misspelt key is an error."""
    workflow = load(".github/workflows/pages.yml")
    workflow["jobs"]["build"]["runs_on"] = workflow["jobs"]["build"].pop("runs-on")
    assert schema_errors(workflow, "github-workflows.json")
    rtd = load(".readthedocs.yaml")
    rtd["build"]["tools"]["python"] = 3.11  # a number, not a string
    assert schema_errors(rtd, "readthedocs.json")


def _commands(path: str) -> list[str]:
    config = load(path)
    if "jobs" in config:
        return [step.get("run", "") for job in config["jobs"].values()
                for step in job.get("steps", [])]
    return config["build"]["commands"]


@pytest.mark.parametrize("path", CONFIGS)
def test_hosting_builds_with_the_docs_session(path):
    builds = [c for c in _commands(path) if re.search(r"\bnox -s docs\b", c)]
    assert builds, f"{path} must build the site with `nox -s docs`, as the README says"
    assert not any(re.search(r"sphinx-build|-m sphinx", c) for c in _commands(path)), (
        f"{path} calls Sphinx itself: build with `nox -s docs` so the options stay the same")


def test_pages_publishes_what_the_docs_session_builds():
    workflow = load(".github/workflows/pages.yml")
    steps = workflow["jobs"]["build"]["steps"]
    upload = next(s for s in steps if s.get("uses", "").startswith(
        "actions/upload-pages-artifact"))
    assert upload["with"]["path"] == "build/html"  # noxfile.HTML
    assert "deploy-pages" in json.dumps(workflow["jobs"]["deploy"])


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
    (value,) = [node.value for node in tree.body if isinstance(node, ast.Assign)
                and any(getattr(t, "id", "") == "TEX_PACKAGES" for t in node.targets)]
    return set(ast.literal_eval(value))


@pytest.mark.parametrize("path", [".github/workflows/pages.yml", ".readthedocs.yaml"])
def test_hosting_publishes_the_pdfs(path):
    """The PDFs are built (and checked) by `nox -s pdf` before `nox -s docs`, which copies
    them into the site and links them."""
    commands = _commands(path)
    pdf = [i for i, c in enumerate(commands) if re.search(r"\bnox -s pdf\b", c)]
    docs = [i for i, c in enumerate(commands) if re.search(r"\bnox -s docs\b", c)]
    assert pdf and docs and pdf[0] < docs[0], f"{path}: `nox -s pdf` must come before docs"


@pytest.mark.parametrize("path", list(CONFIGS))
def test_hosting_installs_the_tex_the_pdf_session_names(path):
    """The runners are not root, so the nox sessions cannot install TeX Live themselves
    (they would stop, naming the command): each config installs noxfile.TEX_PACKAGES."""
    config = load(path)
    if "jobs" in config:
        install = " ".join(c for c in _commands(path) if "apt-get install" in c).split()
        packages = {word for word in install if not word.startswith("-")} - {
            "sudo", "apt-get", "install", "update", "&&"}
    else:
        packages = set(config["build"].get("apt_packages", []))
    assert packages == _tex_packages(), f"{path} installs other TeX packages than noxfile"
