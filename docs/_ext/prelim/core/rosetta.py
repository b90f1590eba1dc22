"""Which framework functions a snippet calls, read from its syntax tree (never by hand).

The Rosetta index on the reference page lines up, example by example, the calls each
framework's snippet makes: ``torch.cat`` | ``jnp.concatenate`` | ``tf.concat``. Import
aliases are resolved (``import jax.numpy as jnp``, ``from torch import nn``) and names are
shown the way the snippets and the frameworks' documentation write them. Method calls
(``x.sum()``) cannot be attributed to a framework without running the code and are left
out; decorators (``@jax.jit``, ``@tf.function``) count as calls.
"""

from __future__ import annotations

import ast
import re

#: top-level packages whose calls are indexed
FRAMEWORK_PACKAGES = ("torch", "jax", "tensorflow")
#: full module prefix -> the short name everyone writes (longest prefix wins)
SHORT_NAMES = {"jax.numpy": "jnp", "tensorflow": "tf"}
#: attribute names that are dtypes, not functions, when passed as an argument
DTYPE_NAME = re.compile(
    r"^(?:u?int\d+|float\d+|bfloat16|complex\d+|bool|half|double|long"
    r"|float|int|string|dtype)$"
)


def _dotted(node: ast.expr) -> str | None:
    """``a.b.c`` for a chain of attributes on a name, else None."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    return ".".join([node.id, *reversed(parts)])


def _aliases(tree: ast.AST) -> dict[str, str]:
    """Local name -> the full dotted name it was imported as."""
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    names[alias.asname] = alias.name
                else:  # `import jax.numpy` binds `jax`
                    head = alias.name.split(".")[0]
                    names[head] = head
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for alias in node.names:
                names[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return names


def resolve(written: str, source: str) -> str | None:
    """The full name a dotted name written in ``source`` has there, by its imports.

    >>> resolve("jnp.exp", "import jax.numpy as jnp"), resolve("norm", "import torch")
    ('jax.numpy.exp', None)
    """
    head, _, rest = written.partition(".")
    full = _aliases(ast.parse(source)).get(head)
    return None if full is None else full + ("." + rest if rest else "")


def short_name(full: str) -> str:
    """The conventional spelling of a fully qualified framework name.

    >>> short_name("jax.numpy.linalg.norm"), short_name("tensorflow.tensordot")
    ('jnp.linalg.norm', 'tf.tensordot')
    >>> short_name("torch.linalg.vector_norm")
    'torch.linalg.vector_norm'
    """
    for prefix in sorted(SHORT_NAMES, key=len, reverse=True):
        if full == prefix or full.startswith(prefix + "."):
            return SHORT_NAMES[prefix] + full[len(prefix) :]
    return full


def _from_framework(expr: ast.expr, names: set[str]) -> bool:
    """Whether an expression's value comes from a framework object: its receiver chain
    (``A.T[0].sum()``) or an operand (``x * x``) starts at one of ``names``; a call of
    anything else (``inspect.getdoc(torch.ones)``) does not."""
    if isinstance(expr, ast.Name):
        return expr.id in names
    if isinstance(expr, (ast.Attribute, ast.Subscript, ast.Starred)):
        return _from_framework(expr.value, names)
    if isinstance(expr, ast.Call):
        return _from_framework(expr.func, names)
    if isinstance(expr, ast.BinOp):
        return _from_framework(expr.left, names) or _from_framework(expr.right, names)
    if isinstance(expr, ast.UnaryOp):
        return _from_framework(expr.operand, names)
    if isinstance(expr, ast.Compare):
        return any(_from_framework(e, names) for e in [expr.left, *expr.comparators])
    if isinstance(expr, ast.IfExp):
        return _from_framework(expr.body, names) or _from_framework(expr.orelse, names)
    if isinstance(expr, (ast.Tuple, ast.List)):
        return any(_from_framework(e, names) for e in expr.elts)
    return False


def _bound_names(target: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(target) if isinstance(n, ast.Name)}


def _framework_names(tree: ast.AST, aliases: dict[str, str]) -> set[str]:
    """Names that hold framework objects: imports of a framework, names bound to a value
    that comes from one (to a fixed point, as bindings may come in any order), and the
    snippet's own functions and their parameters (snippets' functions work on tensors)."""
    names = {n for n, full in aliases.items() if full.split(".")[0] in FRAMEWORK_PACKAGES}
    bindings = []  # (bound names, value expression)
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            bindings += [(_bound_names(t), node.value) for t in node.targets]
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign)) and node.value is not None:
            bindings.append((_bound_names(node.target), node.value))
        elif isinstance(node, (ast.For, ast.comprehension)):
            bindings.append((_bound_names(node.target), node.iter))
        elif isinstance(node, ast.withitem) and node.optional_vars is not None:
            bindings.append((_bound_names(node.optional_vars), node.context_expr))
        elif isinstance(node, ast.NamedExpr):
            bindings.append((_bound_names(node.target), node.value))
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            args = node.args
            names |= {a.arg for a in [*args.posonlyargs, *args.args, *args.kwonlyargs]}
            if not isinstance(node, ast.Lambda):
                names.add(node.name)
    changed = True
    while changed:
        changed = False
        for bound, value in bindings:
            if not bound <= names and _from_framework(value, names):
                names |= bound
                changed = True
    return names


def calls(source: str, filename: str = "<snippet>") -> list[str]:
    """The framework functions and methods ``source`` calls, in order of first appearance.

    >>> calls("import jax.numpy as jnp\\nx = jnp.arange(3)\\njnp.tensordot(x, x, axes=1)")
    ['jnp.arange', 'jnp.tensordot']
    >>> calls("from torch import nn\\nimport numpy as np\\nnn.Linear(2, 3)(np.ones(2))")
    ['torch.nn.Linear']
    >>> calls("import jax, jax.numpy as jnp\\njax.vmap(jnp.sin)(jnp.ones(2, jnp.float32))")
    ['jax.vmap', 'jnp.sin', 'jnp.ones']
    >>> calls("import jax\\n@jax.jit\\ndef f(x):\\n    return x.sum()")  # a decorator counts
    ['jax.jit', '.sum()']
    >>> calls("import torch\\nimport matplotlib.pyplot as plt\\nA = torch.ones(2).cumsum(0)"
    ...       "\\nfig, ax = plt.subplots()\\nax.plot(A.numpy())")
    ['torch.ones', '.cumsum()', '.numpy()']
    """
    return list(dict.fromkeys(name for *_, name in _found(source, filename)))


def written_calls(source: str, filename: str = "<snippet>") -> dict[str, str]:
    """Each framework function ``source`` calls, as written there -> its name in ``calls``.

    >>> written_calls("from torch.func import hessian\\nimport torch\\n"
    ...               "hessian(torch.sin)(torch.ones(()))")
    {'hessian': 'torch.func.hessian', 'torch.sin': 'torch.sin', 'torch.ones': 'torch.ones'}
    """
    return {
        written: name for _, _, written, name in _found(source, filename) if written is not None
    }


def _found(source: str, filename: str) -> list[tuple[int, int, str | None, str]]:
    """(line, column, the call as written or None for a method, its name), in order."""
    tree = ast.parse(source, filename=filename)
    aliases = _aliases(tree)
    tainted = _framework_names(tree, aliases)
    found: list[tuple[int, int, str | None, str]] = []
    for node in ast.walk(tree):
        targets = []
        if isinstance(node, ast.Call):
            targets.append(node.func)
            targets += [
                a
                for a in node.args
                if isinstance(a, ast.Attribute) and not DTYPE_NAME.match(a.attr)
            ]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            targets += [d for d in node.decorator_list if not isinstance(d, ast.Call)]
        for target in targets:
            dotted = _dotted(target)
            if dotted is None or dotted.partition(".")[0] not in aliases:
                if isinstance(target, ast.Attribute) and _from_framework(target.value, tainted):
                    found.append(
                        (
                            target.end_lineno or 0,
                            target.end_col_offset or 0,
                            None,
                            f".{target.attr}()",
                        )
                    )
                continue
            head, _, rest = dotted.partition(".")
            full = aliases[head] + ("." + rest if rest else "")
            if full.split(".")[0] in FRAMEWORK_PACKAGES and full not in FRAMEWORK_PACKAGES:
                found.append((target.lineno, target.col_offset, dotted, short_name(full)))
    return sorted(found, key=lambda f: f[:2])
