"""Links from calls are emitted while the code is highlighted, from Pygments' tokens.

render/api_links.py gives each example's code block its calls (highlight_args) and
installs a formatter that wraps each run of tokens spelling one in a link. Here, on
Sphinx's own highlighter, without a build: the links wrap exactly the spans of the call,
the highlighted code is otherwise byte for byte what Sphinx writes, and the Compare
view's marked tokens link the same way.
"""

from __future__ import annotations

import re

from docutils import nodes
from pygments import format as pygments_format
from sphinx.highlighting import PygmentsBridge

from prelim.render.api_links import OPTION, calls_of, linking
from prelim.render.compare import _mark_type, _marking_formatter

CODE = """\
import jax
import jax.numpy as jnp
from torch.func import hessian


@jax.jit
def f(x):
    return jnp.linalg.vector_norm(x) + x.sum()


hessian(f)(jnp.ones(3))
"""
_TAG = re.compile(r'<a class="prelim-api" href="[^"]+" data-api="[^"]+">|</a>')


def bridge() -> PygmentsBridge:
    bridge = PygmentsBridge("html", "sphinx")
    bridge.formatter = linking(bridge.formatter)
    return bridge


def test_each_call_links_the_spans_of_its_tokens():
    calls = calls_of(CODE)
    html = bridge().highlight_block(CODE, "ipython3", **{OPTION: calls})
    links = re.findall(r'<a class="prelim-api" href="([^"]+)" data-api="([^"]+)">(.*?)</a>', html)
    shown = {full: re.sub(r"<[^>]+>", "", inner) for _, full, inner in links}
    assert shown == {
        "jax.jit": "@jax.jit",
        "jax.numpy.linalg.vector_norm": "jnp.linalg.vector_norm",
        "torch.func.hessian": "hessian",
        "jax.numpy.ones": "jnp.ones",
    }, links
    assert all(inner.startswith("<span") and inner.endswith("</span>") for *_, inner in links), (
        "a link wraps whole spans"
    )
    plain = PygmentsBridge("html", "sphinx").highlight_block(CODE, "ipython3")
    assert _TAG.sub("", html) == plain, "apart from the links, Sphinx's HTML"


def test_without_calls_the_formatter_is_sphinx_own():
    assert bridge().highlight_block(CODE, "ipython3") == PygmentsBridge(
        "html", "sphinx"
    ).highlight_block(CODE, "ipython3")


def test_the_compare_views_marked_tokens_link_too():
    highlighter = bridge()
    lexer = highlighter.get_lexer(CODE, "ipython3")
    tokens = [
        (_mark_type(t) if v in ("jnp", "hessian") else t, v) for t, v in lexer.get_tokens(CODE)
    ]

    block = nodes.literal_block(CODE, CODE)
    block["highlight_args"] = {OPTION: calls_of(CODE)}
    html = pygments_format(tokens, _marking_formatter(highlighter, block))
    assert (
        '<a class="prelim-api" href="https://docs.jax.dev/en/latest/_autosummary/'
        'jax.numpy.ones.html" data-api="jax.numpy.ones"><span class="n prelim-differs">'
        "jnp</span>" in html
    )
    assert html.count('class="prelim-api"') == 5  # hessian in its import line too
