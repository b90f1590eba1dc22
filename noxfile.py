#!/usr/bin/env -S uv run --script
# /// script
# dependencies = ["nox==2026.10.20"]
# ///
"""Sessions for building, testing and checking the site. ``nox -l`` lists them; ``nox``
alone runs the default ones (lint, doctest, docs, tests). Also runnable as a script:
``uv run noxfile.py -s docs`` or ``python noxfile.py -s docs`` with nox installed.

All sessions but one share one environment, ``.venv``, holding the pinned framework stack
(about 4 GB): it is created on first use from the dependency groups in pyproject.toml and
the exact versions in constraints.txt, and rebuilt only when either file changes. The
exception is ``execute``: a shard runs in an environment holding only the ``render`` group
and its frameworks' groups (``.nox/execute-<frameworks>``), made the same way.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import nox

nox.needs_version = ">=2025.2.9"
nox.options.default_venv_backend = "none"  # sessions use the shared .venv below
# which sessions run by default is said per session (`default=False` on the long ones)

ROOT = Path(__file__).parent
sys.path.insert(0, str(ROOT / "tools"))
from sphinx_command import sphinx_build  # noqa: E402 - the project's one build command

VENV = ROOT / ".venv"
BIN = VENV / "bin"
PY = str(BIN / "python")
HTML = ROOT / "build" / "html"


def _environment(session: nox.Session, venv: Path, *groups: str) -> str:
    """Create (or reuse) ``venv`` holding ``groups``, put it first on PATH; its python."""
    # keyed by what is installed (the groups, the pins), not by lint or pytest settings
    project = nox.project.load_toml(str(ROOT / "pyproject.toml"))
    inputs = json.dumps(
        [
            project["dependency-groups"],
            project["project"]["requires-python"],
            (ROOT / "constraints.txt").read_text(),
            " ".join(groups),
        ],
        sort_keys=True,
    )
    digest = hashlib.sha256(inputs.encode()).hexdigest()
    stamp = venv / ".prelim-stamp"
    python = str(venv / "bin" / "python")
    if not (stamp.exists() and stamp.read_text() == digest):
        base = shutil.which("python3.11") or sys.executable
        session.log(
            f"creating the environment {venv.relative_to(ROOT)} with the groups "
            f"{', '.join(groups)} (a few minutes)"
        )
        session.run(base, "-m", "venv", "--clear", str(venv), external=True)
        pip = [python, "-m", "pip", "--disable-pip-version-check", "-q"]
        session.run(*pip, "install", "pip>=25.1", external=True)  # for --group
        session.run(
            *pip,
            "install",
            *(f"--group={g}" for g in groups),
            "-c",
            "constraints.txt",
            external=True,
        )
        stamp.write_text(digest)
    _install_extension(session, python)
    session.env["VIRTUAL_ENV"] = str(venv)
    session.env["PATH"] = os.pathsep.join([str(venv / "bin"), os.environ.get("PATH", "")])
    return python


def _install_extension(session: nox.Session, python: str) -> None:
    """The extension (docs/_ext/prelim, the package `prelim`) installed editable, from
    this checkout: conf.py, the tests and the tools import it, never by a path of theirs."""
    where = subprocess.run(
        [python, "-c", "import prelim; print(prelim.__file__)"],
        capture_output=True,
        text=True,
        check=False,
        env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
    )
    here = ROOT / "docs" / "_ext" / "prelim" / "__init__.py"
    if where.returncode == 0 and Path(where.stdout.strip()) == here:
        return
    session.log("installing the extension `prelim` (editable) into the environment")
    session.run(
        python, "-m", "pip", "--disable-pip-version-check", "-q", "install",
        "--no-deps", "--editable", str(ROOT), external=True,
    )  # fmt: skip


def _stack(session: nox.Session, group: str = "dev") -> None:
    """Create (or reuse) the shared environment and put it first on PATH."""
    _environment(session, VENV, group)


#: where the published site is built (Read the Docs, GitHub Actions): never a partial build
PUBLISHING_HOSTS = ("READTHEDOCS", "GITHUB_ACTIONS")
ONLY = ROOT / "build" / "only"  # `--only` previews go here, so build/html stays whole


def _site_frameworks() -> tuple[str, ...]:
    """The frameworks' keys, in the site's order, from their one definition (stdlib only,
    loaded by its path: importing the extension's package would need Sphinx)."""
    path = ROOT / "docs" / "_ext" / "prelim" / "core" / "frameworks.py"
    spec = importlib.util.spec_from_file_location("_prelim_frameworks", path)
    assert spec and spec.loader, path
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their class's module up
    spec.loader.exec_module(module)
    return tuple(module.FRAMEWORKS)


#: the frameworks, as PRELIM_FRAMEWORKS and the dependency groups of pyproject.toml name them
FRAMEWORKS = _site_frameworks()
EXECUTED = ROOT / "build" / "executed"  # `nox -s execute` writes its bundles here


def _sphinx_args(session: nox.Session, builder: str = "html", out: Path = HTML) -> list[str]:
    """The sphinx-build command, with builder, output dir and options from posargs; fresh
    and parallel by default."""
    args, bundles = _bundle_options(session, list(session.posargs))
    args += bundles
    fresh = "--incremental" not in args
    args = [a for a in args if a != "--incremental"]
    if "--no-exec" in args:  # the author's fast path: render with no execution at all
        args.remove("--no-exec")
        args += ["-D", "nb_execution_mode=off"]
    if "--only" in args:  # the author's fast path: the root page and these chapters
        at = args.index("--only")
        if at + 1 == len(args) or args[at + 1].startswith("-"):
            session.error("--only takes chapter names: `nox -s docs -- --only calculus,autograd`")
        session.env["PRELIM_ONLY"] = args[at + 1]  # read by prelim.builder.partial
        del args[at : at + 2]
        out = ONLY
    _refuse_partial_builds_on_hosts(session, args)
    # -j: pages execute that many at once (prelim.execute.parallel), safely
    jobs = None if "-j" in args else "auto"
    # an output folder is a bare path (`-D name=/a/path` values are not)
    given = any(
        not a.startswith("-") and "=" not in a and Path(a).suffix == "" and "/" in a for a in args
    )
    return sphinx_build(
        ROOT,
        None if given else out,
        *args,
        fresh=fresh,
        jobs=jobs,
        python=PY,
        builder=None if "-b" in args else builder,
        # Sphinx's pickled state (absolute paths of this machine) stays out of the site
        doctrees=None if given else ROOT / "build" / ".doctrees" / out.name,
    )


def _publishing_host() -> str | None:
    return next((name for name in PUBLISHING_HOSTS if os.environ.get(name)), None)


def _refuse_partial_builds_on_hosts(
    session: nox.Session, args: list[str], shard: bool = False
) -> None:
    """The published site executes every page and every framework; nothing less.

    A shard (`nox -s execute`) executes some frameworks by design, for a build that
    renders them all from bundles; it still executes every page.
    """
    host = _publishing_host()
    partial = [
        what
        for what, used in (
            ("--no-exec", "nb_execution_mode=off" in args),
            (
                "--only / PRELIM_ONLY",
                session.env.get("PRELIM_ONLY") or os.environ.get("PRELIM_ONLY"),
            ),
            ("PRELIM_FRAMEWORKS", not shard and os.environ.get("PRELIM_FRAMEWORKS")),
        )
        if used
    ]
    if host and partial:
        what = (
            "every page (a shard leaves frameworks out, never pages)"
            if shard
            else "every page and every framework"
        )
        session.error(
            f"{host} is set, so this build publishes the site, which must execute "
            f"{what}: drop {', '.join(partial)}"
        )


def _bundle_options(session: nox.Session, args: list[str]) -> tuple[list[str], list[str]]:
    """`--executed DIR [DIR ...]` and `--accept-environment` become the extension's options
    (`-D prelim_executed=...`, `-D prelim_accept_environment=1`): (the other args, those).

    The folders are the bundles `nox -s execute` writes (bundle.json in each); the build
    then executes nothing and takes every (page, framework) unit from them.
    """
    args = list(args)
    options = []
    if "--accept-environment" in args:
        args.remove("--accept-environment")
        options += ["-D", "prelim_accept_environment=1"]
    if "--executed" in args:
        at = args.index("--executed")
        end = at + 1
        while end < len(args) and not args[end].startswith("-"):
            end += 1
        folders = [Path(a).resolve() for a in args[at + 1 : end]]
        if not folders:
            session.error(
                "--executed takes the bundles' folders: `nox -s docs -- --executed "
                "build/executed/torch build/executed/jax build/executed/tf`"
            )
        for folder in folders:
            if not (folder / "bundle.json").is_file():
                session.error(
                    f"--executed {folder}: not a bundle (no bundle.json); "
                    "`nox -s execute` writes one (an output folder goes before "
                    "--executed, not after it)"
                )
        # the extension fails on any (page, framework) unit the bundles lack; this says it
        # sooner on the hosts, which publish nothing less than the three frameworks
        covered = {nb.stem for folder in folders for nb in folder.rglob("*.ipynb")}
        if (host := _publishing_host()) and (lacking := set(FRAMEWORKS) - covered):
            session.error(
                f"{host} is set, so this build publishes the site: the bundles "
                f"hold no unit of {', '.join(sorted(lacking))}"
            )
        del args[at:end]
        options += ["-D", "prelim_executed=" + ",".join(map(str, folders))]
    elif options:
        session.error("--accept-environment applies to units from bundles: add --executed DIR")
    return args, options


@nox.session
def docs(session: nox.Session) -> None:
    """Build the site into build/html, executing every example (warnings are errors).

    Fresh by default so no warning hides behind an incremental build; the execution
    cache (keyed by framework versions and device) still skips unchanged pages. Pages
    execute in parallel, `-j auto` (one kernel per core), each in its own fresh kernel.
    Options after `--`:
      `--incremental`   an author's rebuild: only changed pages (seconds when none did)
      `--only a,b`      the root page and chapters a and b only, into build/only
      `--no-exec`       render without executing (pages say their outputs are absent)
      `--executed DIR [DIR ...]`  execute nothing: every (page, framework) unit comes from
                        these bundles (`nox -s execute` writes them)
      `--accept-environment`  with --executed: accept units that ran with other versions,
                        Python or device (a GPU machine's own builds); pages name them
      `-j N`, `-b BUILDER OUTDIR`, `-D name=value`: passed to sphinx-build
    PRELIM_FRAMEWORKS=torch,jax executes a subset (pages then say so in a banner). The
    hosts that publish the site (Read the Docs, GitHub Actions) refuse all three subsets;
    they accept a build from bundles that hold units of all three frameworks.
    """
    _stack(session)
    session.run(*_sphinx_args(session))


def _take(session: nox.Session, args: list[str], name: str) -> str | None:
    """Remove `name VALUE` from args; the value, or None where name is absent."""
    if name not in args:
        return None
    at = args.index(name)
    if at + 1 == len(args) or args[at + 1].startswith("-"):
        session.error(
            f"{name} takes a value: `nox -s execute -- --frameworks jax "
            "--only calculus --out build/executed/jax`"
        )
    value = args[at + 1]
    del args[at : at + 2]
    return value


@nox.session(default=False)
def execute(session: nox.Session) -> None:
    """Execute some frameworks' units into a bundle: a shard of the site's execution.

    `nox -s execute -- --frameworks torch,jax [--only calculus,autograd] [--out DIR]`
    A unit is one page's cells of one framework. This runs the units of those frameworks
    (of those chapters, with `--only`) in an environment holding only the `render` group
    and those frameworks' groups (.nox/execute-<frameworks>, made like .venv), reusing
    the shared execution cache (build/.jupyter_cache), and writes them as a bundle
    (bundle.json, <page>/<framework>.ipynb) to DIR, default build/executed/<frameworks>.
    `nox -s docs -- --executed DIR ...` renders the site from such bundles. Sphinx builds
    with `-b dummy` into build/shards/<frameworks> (nothing there is kept). Other options
    after `--` (`-j N`, `-D name=value`) go to sphinx-build. On the publishing hosts a
    shard may leave frameworks out, never pages (`--only` is refused there).
    """
    args = list(session.posargs)
    chosen = _take(session, args, "--frameworks")
    only = _take(session, args, "--only")
    out = _take(session, args, "--out")
    names = [n.strip() for n in (chosen or "").split(",") if n.strip()]
    if not names or set(names) - set(FRAMEWORKS):
        session.error(
            f"--frameworks takes a comma-separated subset of {', '.join(FRAMEWORKS)}"
            f" (got {chosen!r}): `nox -s execute -- --frameworks jax`"
        )
    frameworks = [fw for fw in FRAMEWORKS if fw in names]  # in the site's order
    key = "-".join(frameworks)
    bundle = Path(out).resolve() if out else EXECUTED / key
    # the extension replaces the bundle's folder: never a folder that holds something else
    if bundle.exists() and any(bundle.iterdir()) and not (bundle / "bundle.json").exists():
        session.error(
            f"--out {bundle} holds files but no bundle.json: writing the bundle "
            "would replace them; name an empty or new folder"
        )
    session.env["PRELIM_FRAMEWORKS"] = ",".join(frameworks)  # read by prelim.core.frameworks
    if only:
        session.env["PRELIM_ONLY"] = only  # read by prelim.builder.partial
    _refuse_partial_builds_on_hosts(session, args, shard=True)
    python = _environment(session, ROOT / ".nox" / f"execute-{key}", "render", *frameworks)
    session.run(
        *sphinx_build(
            ROOT,
            ROOT / "build" / "shards" / key,
            "-D",
            f"prelim_bundle={bundle}",
            *args,
            builder="dummy",
            fresh=True,
            jobs=None if "-j" in args else "auto",
            python=python,
            doctrees=ROOT / "build" / ".doctrees" / f"shard-{key}",
        )
    )
    session.log(f"wrote the bundle {bundle}")


@nox.session(default=False)
def diff(session: nox.Session) -> None:
    """What an upgrade changed: this build's executed outputs against a reference's.

    `nox -s diff -- --against DIR [DIR ...] [--this DIR ...] [--out DIR]` compares, per
    example and framework, the units of this build (default build/.jupyter_cache, the
    store `nox -s docs` fills) with the reference's (bundles, a folder of bundles such as
    the published build's artifacts, or an earlier build's cache): text outputs as a
    unified diff, figures by the share of pixels that changed (`--threshold`, default
    0.001), with both sides' versions; `:volatile:` outputs and timings are left out. It
    writes build/output-diff/index.html (a self-contained report), summary.json and
    summary.md (for a CI job summary). `--only a,b`, `--frameworks jax` narrow it;
    `--fail-on-change` exits 1 when something changed (tools/output_diff.py).
    """
    _stack(session)
    session.run(PY, "tools/output_diff.py", *session.posargs)


@nox.session(default=False)
def bench(session: nox.Session) -> None:
    """Time the build: cold, no-change and one-edit rebuilds, against floor and naive.

    A benchmark, not a test (about 10 minutes on 2 cores): it prints each figure with its
    ratios and writes build/bench.json (cold_s, noop_s, edit_s, floor_s, naive_s). It
    builds a copy of the sources under build/bench/ only, never build/html or the shared
    execution cache. Options after `--`: `--repeat N`, `--skip naive,floor`, `--src DIR`
    (tools/bench.py says what each figure measures).
    """
    _stack(session)
    session.run(PY, "tools/bench.py", *session.posargs)


CHROMIUM = Path("/usr/bin/chromium")


def _chromium(session: nox.Session) -> None:
    """The browser tests drive Debian's Chromium (Playwright never downloads a browser)."""
    if CHROMIUM.exists():
        return
    if os.geteuid() == 0 and shutil.which("apt-get"):
        session.log("installing Chromium from Debian packages for the browser tests")
        env = {"DEBIAN_FRONTEND": "noninteractive"}
        session.run("apt-get", "update", "-q", external=True, env=env)
        session.run(
            "apt-get", "install", "-y", "-q", "chromium", "chromium-driver", external=True, env=env
        )
    if not CHROMIUM.exists():
        session.error(
            f"the browser tests need Chromium at {CHROMIUM}: install it with "
            "`sudo apt-get install -y chromium chromium-driver` (Debian), then rerun"
        )


#: Debian's TeX Live for the PDFs: xelatex (Unicode), the LaTeX packages Sphinx's style
#: uses, latexmk, FreeFont (text) and DejaVu Sans Mono (code; conf.py); poppler-utils
#: (pdftoppm) to look at pages. About 120 MB to download, 390 MB installed (README).
TEX_PACKAGES = (
    "texlive-xetex",
    "texlive-latex-recommended",
    "texlive-latex-extra",
    "texlive-fonts-recommended",
    "tex-gyre",
    "latexmk",
    "fonts-freefont-otf",
    "fonts-dejavu-core",
    "poppler-utils",
)
TEX_COMMANDS = ("xelatex", "latexmk", "pdftoppm")
PDF = ROOT / "build" / "pdf"


def _tex(session: nox.Session) -> None:
    """The PDFs need TeX Live from Debian packages; installed here when missing."""
    if all(shutil.which(c) for c in TEX_COMMANDS):
        return
    install = ["apt-get", "install", "-y", "-q", "--no-install-recommends", *TEX_PACKAGES]
    if os.geteuid() == 0 and shutil.which("apt-get"):
        session.log("installing TeX Live from Debian packages for the PDFs (about 2 minutes)")
        env = {"DEBIAN_FRONTEND": "noninteractive"}
        session.run("apt-get", "update", "-q", external=True, env=env)
        session.run(*install, external=True, env=env)
    missing = [c for c in TEX_COMMANDS if not shutil.which(c)]
    if missing:
        session.error(
            f"the PDFs need {', '.join(missing)}: install them with `sudo "
            f"{' '.join(install)}` (Debian), then rerun"
        )


def _latex_pdf(
    session: nox.Session, site: Path, framework: str, out: Path, doctrees: Path, *options: str
) -> Path:
    """One framework's PDF of ``site``: Sphinx's LaTeX builder, then latexmk (xelatex)."""
    session.run(
        *sphinx_build(
            site,
            out,
            "-D",
            f"prelim_pdf_framework={framework}",
            *options,
            builder="latex",
            fresh=True,
            jobs="auto",
            python=PY,
            doctrees=doctrees,
        )
    )
    # Sphinx's Makefile runs latexmk with the xelatex settings it wrote (latexmkrc)
    session.run(
        "make", "-C", str(out), "all-pdf", "LATEXMKOPTS=-silent -halt-on-error", external=True
    )
    (pdf,) = out.glob("*.pdf")
    return pdf


@nox.session(default=False)
def pdf(session: nox.Session) -> None:
    """Build one PDF per framework into build/pdf, then check them (tests/test_pdf.py).

    Each is Sphinx's LaTeX build with `-D prelim_pdf_framework=<framework>` (every example
    shows that framework's cell only), made into a PDF by latexmk and xelatex. They read
    the execution cache the docs session fills: after `nox -s docs` nothing executes; on a
    cold cache the first one executes and the other two reuse it. Installs Debian's TeX
    Live when missing (about 2 minutes; README). A later `nox -s docs` links the PDFs
    from the landing page and each chapter (so `nox -s pdf docs`, not the reverse). Not
    run by `nox` alone: it installs TeX Live. `--executed DIR [DIR ...]` and
    `--accept-environment` take the units from bundles, as in `nox -s docs`; other
    options after `--` go to pytest.
    """
    pytest_args, bundles = _bundle_options(session, list(session.posargs))
    _stack(session)
    _tex(session)
    PDF.mkdir(parents=True, exist_ok=True)
    for framework in ("pytorch", "jax", "tensorflow"):
        out = ROOT / "build" / "latex" / framework
        built = _latex_pdf(
            session,
            ROOT,
            framework,
            out,
            ROOT / "build" / ".doctrees" / f"latex-{framework}",
            *bundles,
        )
        shutil.copyfile(built, PDF / built.name)
        session.log(f"wrote {(PDF / built.name).relative_to(ROOT)}")
    # the figures a PDF must hold are counted in the units it was built from
    executed = next((o.split("=", 1)[1] for o in bundles if o.startswith("prelim_executed=")), "")
    session.run(
        PY,
        "-m",
        "pytest",
        "tests/test_pdf.py",
        "-k",
        "real_site",
        *pytest_args,
        env={"PRELIM_PDFS": str(PDF), "PRELIM_EXECUTED": executed},
    )


#: what the fast tier leaves to the full one (markers in pyproject.toml): a browser, TeX,
#: a build of the whole real site, a second fresh build, environments built for a test
FULL_TIER_ONLY = "not browser and not tex and not full"


def _pytest(session: nox.Session, *args: str, workers: str = "auto") -> None:
    """pytest in parallel, one worker per core unless ``workers`` says otherwise (`-n auto
    --dist loadfile`): a test module stays on one worker, so its own site builds are made
    once, and the session fixtures (snippet results, the real site, the fresh fixture
    build) are made once per run and shared (tests/run_once.py). `-n 0` in the options
    runs in one process."""
    parallel = (
        []
        if any(a.startswith(("-n", "--numprocesses")) for a in session.posargs)
        else ["-n", workers, "--dist", "loadfile"]
    )
    session.run(PY, "-m", "pytest", *parallel, *args, *session.posargs)


@nox.session
def tests(session: nox.Session) -> None:
    """The fast tier, the author's loop: snippets, agreement, claims, the extension.

    Each snippet selected runs once, pasted, or not at all when its text, its framework's
    versions and the harness are unchanged (tests/snippet_runs.py), so
    `nox -s tests -- -k <example>` checks one edited snippet in seconds. No browser, no
    TeX, no build of the whole site, nothing installed with apt: those are `nox -s full`.
    """
    _stack(session)
    _pytest(session, "-m", FULL_TIER_ONLY)


@nox.session(default=False)
def full(session: nox.Session) -> None:
    """The full tier, which CI runs: every test, the fast tier's and the rest.

    Adds the built site in headless Chromium (installs Debian's `chromium` when missing),
    the PDFs (TeX Live, installed when missing), the whole real site (build/html brought
    up to date: run `nox -s docs` first), two fresh builds of the fixture site compared,
    and the faults that build environments.
    """
    _stack(session)
    _chromium(session)
    _tex(session)
    # one worker more than cores: its tests wait on Chromium, kernels starting and builds'
    # subprocesses, and a third worker fills that (2 cores, cold snippet cache: 401 s
    # with 3 workers, 453-457 s with 2, measured)
    _pytest(session, workers=str((os.cpu_count() or 1) + 1))


@nox.session
def doctest(session: nox.Session) -> None:
    """Check every doctest in the Markdown pages and in the extension's docstrings.

    docs/conftest.py makes each ```python block of a page one test (named page:line) and
    says which files of docs/_ext are kernel cells, not modules; conf.py must import too.
    """
    _stack(session)
    session.run(
        PY,
        "-m",
        "pytest",
        "-p",
        "no:cacheprovider",
        "--doctest-glob=*.md",
        "--doctest-modules",
        "docs",
        "conf.py",
        "tools/sphinx_command.py",
        "-o",
        "testpaths=docs",
        *session.posargs,
    )


@nox.session
def lint(session: nox.Session) -> None:
    """Lint: ruff (linter and formatter), mypy (strict), zizmor, codespell.

    ruff over all Python (the formatter leaves the snippets' layout alone), mypy over the
    extension, zizmor over the GitHub workflows, codespell over pages, snippets, code and
    docs.

    The same checks as .pre-commit-config.yaml. Options after `--` go to ruff.
    """
    _stack(session)
    session.run(PY, "-m", "ruff", "check", ".", *session.posargs)
    session.run(PY, "-m", "ruff", "format", "--check", ".")  # settings: [tool.ruff.format]
    session.run(PY, "-m", "mypy")  # settings in pyproject.toml [tool.mypy]
    # --offline: audits that need GitHub's API would make the lint depend on the network
    session.run(str(BIN / "zizmor"), "--offline", "--quiet", ".github")
    session.run(str(BIN / "codespell"))  # settings in pyproject.toml [tool.codespell]


@nox.session(default=False)
def inventories(session: nox.Session) -> None:
    """Refresh the listings of what each framework documents (the links from code check them).

    Writes docs/_ext/prelim/data/api_inventories/<package>.txt (tools/api_inventory.py):
    PyTorch's and JAX's from their documentation's objects.inv at the pinned version (this
    needs the network; `-- --torch FILE`, `--jax FILE` read a downloaded one, and
    `--torch-sources DIR`, `--jax-sources DIR` derive them offline from a checkout of the
    documentation's sources), TensorFlow's from the installed package's public API. After
    a framework upgrade, run it and commit the listings (tests/test_api_inventories.py
    fails while a listing is of another version). `-- --only tensorflow` refreshes one;
    `-- --check` writes nothing and fails on a listing that would change.
    """
    _stack(session)
    session.run(PY, "tools/api_inventory.py", *session.posargs)


@nox.session(default=False)
def determinism(session: nox.Session) -> None:
    """Build the site twice from scratch and compare every page (not run by default).

    Two cold builds, several minutes each, kept in build/determinism/1 and /2 (each with
    its own execution cache). Only the parts the build marks volatile may differ; see
    tests/html_compare.py. Then the leak test searches the first build (built with a fake
    secret in its environment).
    """
    _stack(session)
    keep = ROOT / "build" / "determinism"
    session.run(
        PY,
        "-m",
        "pytest",
        "tests/test_determinism.py",
        "-k",
        "real_site",
        *session.posargs,
        env={"PRELIM_DETERMINISM": str(keep)},
    )
    session.run(
        PY,
        "-m",
        "pytest",
        "tests/test_leaks.py",
        "-k",
        "real_site",
        *session.posargs,
        env={"PRELIM_SITE": str(keep / "1" / "html")},
    )


@nox.session(default=False)
def breaks(session: nox.Session) -> None:
    """Break each reader-facing feature of build/html once; its test must fail each time.

    Tab sync, persistence, `?framework=`, the copy button, search, console errors, remote
    requests, math, accessibility (and the tab stops of code a framework choice shows),
    phone width, the dark theme, figures, links, alt text, meta descriptions, downloads,
    the execution report, the Compare switch, its memory, its marking and its contrast:
    each broken on a hard-linked copy of the site (build/html is never changed), then its
    tests run against the copy. Run `nox -s docs` first. `-- 3 10` runs just those breaks
    (tools/break_site.py lists them).
    """
    _stack(session)
    _chromium(session)
    session.run(PY, "tools/break_site.py", *session.posargs)


@nox.session(default=False)
def repeat(session: nox.Session) -> None:
    """Build the site from scratch N times in a row, in parallel; every build must pass.

    The races parallel execution guards against show up rarely, so one green build proves
    little. Each build gets its own output folder and empty execution cache under
    build/repeat/<n>/ (about a minute each on 2 cores). Options after `--`: `--count N`
    (default 20), `--src DIR`, `--out DIR`, `-j N` (tools/repeat_builds.py).
    """
    _stack(session)
    session.run(PY, "tools/repeat_builds.py", *session.posargs)


if __name__ == "__main__":
    nox.main()
