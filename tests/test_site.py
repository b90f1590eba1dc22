"""The real site, as built: every chapter complete, clean and telling where it ran."""

from __future__ import annotations

import html as html_lib
import re

import pytest

from conftest import EXAMPLES, ROOT

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("real-site")]

CHAPTERS = sorted({e.chapter for e in EXAMPLES})
LOG_NOISE = ["absl::InitializeLog", "cuda_platform.cc", "cudart_stub", "cpu_feature_guard",
             "oneDNN custom operations", "Could not find cuda drivers", "TF_ENABLE_ONEDNN_OPTS",
             "failed call to cuInit", "Unable to register cuDNN", "computation_placer"]


def text_of(page: str) -> str:
    return html_lib.unescape(re.sub(r"<[^>]+>", "", page))


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_every_example_is_on_its_page_with_code_and_output(built_site, chapter):
    page = (built_site / f"{chapter}.html").read_text(encoding="utf-8")
    names = sorted(e.name for e in EXAMPLES if e.chapter == chapter)
    for name in names:
        start = page.find(f'id="example-{name.replace("_", "-")}"')
        assert start >= 0, f"{chapter}: example {name} is not on the page"
    sets = re.split(r'<div class="sd-tab-set prelim-example', page)[1:]
    assert len(sets) == len(names)
    for tab_set in sets:
        tab_set = tab_set.split('<div class="sd-tab-set')[0]
        labels = re.findall(r'data-sync-id="(\w+)"', tab_set)
        assert labels == ["pytorch", "jax", "tensorflow"]
        assert tab_set.count('class="cell_input') == 3
        assert tab_set.count('class="cell_output') == 3, "a tab without output"


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_page_names_versions_and_devices(built_site, chapter):
    text = text_of((built_site / f"{chapter}.html").read_text(encoding="utf-8"))
    assert re.search(r"Executed when this site was built: PyTorch 2\.13\.0 on (cpu|cuda:\d)"
                     r".*; JAX 0\.10\.2 on (cpu|cuda):\d.*; TensorFlow 2\.21\.0 on (cpu|gpu):\d",
                     text)


def test_no_log_noise_and_no_local_paths(built_site):
    pages = list(built_site.glob("*.html"))
    assert len(pages) >= len(CHAPTERS) + 1
    local = [str(ROOT), str(ROOT.parent), "/root/", "/home/", "/tmp/"]
    for path in pages:
        text = text_of(path.read_text(encoding="utf-8"))
        for needle in LOG_NOISE + local:
            assert needle not in text, f"{path.name} contains {needle!r}"


def test_data_manipulation_is_complete(built_site):
    page = (built_site / "data_manipulation.html").read_text(encoding="utf-8")
    assert page.count('class="sd-tab-set prelim-example') >= 15
