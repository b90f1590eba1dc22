"""JAX snippets never use a consumed random key (issue 21).

A JAX key passed to a draw or to `split` is consumed: drawing from it again gives numbers
that are not independent of the first ones, the very mistake explicit keys exist to
prevent, and one a reader copies. tests/snippet_worker.py runs every JAX snippet with
`jax.debug_key_reuse` on (in the one run `snippet_results` makes, not a second one) and
records where a consumed key was used again; this test fails on each such snippet, unless
the error is its lesson.
"""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context

import pytest

from conftest import EXAMPLES, ROOT
from prelim.core.snippets import read_snippet

#: JAX snippets that draw random numbers (or make keys): the ones a reused key can hide in
DRAWS = [
    e
    for e in EXAMPLES
    if e.path("jax").exists() and "random" in e.path("jax").read_text(encoding="utf-8")
]

#: examples whose JAX snippet reuses a key on purpose without raising, each with the reason;
#: strict: an entry whose snippet no longer reuses a key fails, so the list cannot go stale
REUSE_ALLOWED: dict[str, str] = {}


def test_there_are_jax_snippets_that_draw():
    assert len(DRAWS) >= 10


@pytest.mark.parametrize("example", DRAWS, ids=[e.key for e in DRAWS])
def test_jax_snippet_uses_each_key_once(example, snippet_results):
    result = snippet_results[(example.key, "jax")]
    path = example.path("jax").relative_to(ROOT)
    # the harness must have run it with the check on: a refactor of run_one that drops it
    # would otherwise pass every snippet here
    assert "key_reuse" in result, (
        f"{path}: ran without key-reuse checking; tests/snippet_worker.py must run JAX "
        "snippets inside `jax.debug_key_reuse(True)` and record result['key_reuse']"
    )
    reuse = result["key_reuse"]
    if example.key in REUSE_ALLOWED:
        assert reuse, (
            f"STALE: {path} no longer reuses a key; remove {example.key!r} from "
            "REUSE_ALLOWED in tests/test_key_reuse.py"
        )
        return
    declared = read_snippet(example.path("jax"), "jax").raises or ""
    if declared.rsplit(".", 1)[-1] == "KeyReuseError":
        return  # the lesson; test_snippets checks that it raises it on the page too
    assert reuse is None, (
        f"{path}:{reuse['line']}: uses a JAX random key that was already consumed "
        f"({reuse['message']}). Draw from a key once: split first "
        "(`key, subkey = jax.random.split(key)`) and draw from the new keys; to show that a "
        "key replays its numbers, make it again from its seed (`jax.random.key(0)`). If the "
        "reuse is the lesson, make the snippet raise it (`with jax.debug_key_reuse(True):`) "
        "and declare `# raises: KeyReuseError`, or list the example in REUSE_ALLOWED "
        "(tests/test_key_reuse.py) with the reason."
    )


# -- the check itself --------------------------------------------------------------------

DRAW_THEN_SPLIT = """\
import jax
key = jax.random.key(0)
a = jax.random.normal(key, (3,))
key, subkey = jax.random.split(key)
b = jax.random.normal(subkey, (3,))
float(a.sum() + b.sum())
"""

SPLIT_THEN_DRAW = """\
import jax
key = jax.random.key(0)
key, subkey = jax.random.split(key)
a = jax.random.normal(key, (3,))
b = jax.random.normal(subkey, (3,))
float(a.sum() + b.sum())
"""


def test_the_worker_catches_a_key_drawn_from_and_then_split(tmp_path):
    """The old form of the seeding examples: the worker reports its line, and the value
    the page would show is still computed (with the check off)."""
    import snippet_worker

    paths = []
    for name, text in (
        ("draw_then_split_jax.py", DRAW_THEN_SPLIT),
        ("split_then_draw_jax.py", SPLIT_THEN_DRAW),
    ):
        paths.append(str(tmp_path / name))
        (tmp_path / name).write_text(text, encoding="utf-8")
    with ProcessPoolExecutor(
        1, mp_context=get_context("spawn"), initializer=snippet_worker.init_worker
    ) as pool:
        bad, good = pool.submit(snippet_worker.run_jobs, [(p, "jax", True) for p in paths]).result()
    assert bad["key_reuse"]["line"] == 4 and "random_split" in bad["key_reuse"]["message"]
    assert bad["error"] is None and bad["dtype"] == "float"
    assert good["key_reuse"] is None and good["error"] is None
