"""Where each framework documents a function: the URL rules behind the links from code.

The build is offline, so no inventory is fetched: each framework's reference names its
pages after the function's full dotted name, and these rules turn a name into its page.
The names come from ``rosetta`` (the calls a snippet makes); tests/test_api_links.py
imports every linked name in the installed framework, so no link points at a function
that does not exist.
"""

from __future__ import annotations

from .rosetta import SHORT_NAMES

#: the framework packages, and the URL of a fully qualified name's reference page
PAGES = {
    "torch": "https://docs.pytorch.org/docs/stable/generated/{full}.html",
    "jax": "https://docs.jax.dev/en/latest/_autosummary/{full}.html",
    "tensorflow": "https://www.tensorflow.org/api_docs/python/{tf_path}",
}


def full_name(name: str) -> str:
    """The fully qualified name of a call as the snippets write it.

    >>> full_name("jnp.linalg.vector_norm"), full_name("tf.GradientTape")
    ('jax.numpy.linalg.vector_norm', 'tensorflow.GradientTape')
    """
    for full, short in SHORT_NAMES.items():
        if name == short or name.startswith(short + "."):
            return full + name[len(short):]
    return name


def api_url(name: str) -> str | None:
    """The reference page of a framework call (short or full name), or None (a method).

    >>> api_url("torch.linalg.vector_norm")
    'https://docs.pytorch.org/docs/stable/generated/torch.linalg.vector_norm.html'
    >>> api_url("jnp.arange")
    'https://docs.jax.dev/en/latest/_autosummary/jax.numpy.arange.html'
    >>> api_url("tf.random.normal")
    'https://www.tensorflow.org/api_docs/python/tf/random/normal'
    >>> api_url(".sum()") is None
    True
    """
    full = full_name(name)
    package, _, rest = full.partition(".")
    if package not in PAGES or not rest:
        return None
    return PAGES[package].format(full=full, tf_path="tf/" + rest.replace(".", "/"))
