"""Rules that keep fixed snippet bugs from coming back (issue 13).

- PyTorch snippets that plot move their tensors to the CPU first: on a GPU the build makes
  CUDA the default device, and matplotlib and NumPy cannot read GPU memory. Checked twice:
  statically (which values reach matplotlib or NumPy) and by running the plot snippets on a
  simulated accelerator (tests/snippet_worker.py).
- The three tabs of a statistics example compute the same estimator (divide by n, or all
  by n - 1): run on the same few draws, their results must agree to float32 tolerance.
- JAX norm snippets ask for `jnp.linalg.vector_norm` / `matrix_norm`, not the
  shape-dependent `jnp.linalg.norm`, except where `norm` itself is the lesson.
"""

from __future__ import annotations

import ast

import pytest
from test_agreement import Mismatch, compare

import snippet_runs
from conftest import EXAMPLES, ROOT

#: PyTorch snippets that hand values to the host libraries (matplotlib, NumPy, pandas): on a
#: GPU each is a place a CUDA tensor can reach code that reads only CPU memory
HOST_LIBRARIES = ("matplotlib", "numpy", "pandas", ".numpy()")
TORCH_PLOTS = [
    e
    for e in EXAMPLES
    if any(lib in e.path("torch").read_text(encoding="utf-8") for lib in HOST_LIBRARIES)
]

# -- PyTorch values reach matplotlib and NumPy from the CPU ------------------------------

#: calls that bring a tensor (or its values) to host memory
TO_HOST = {"cpu", "numpy", "item", "tolist"}
#: matplotlib calls whose data arguments must be host values
PLOTTING = {
    "plot",
    "scatter",
    "contour",
    "contourf",
    "plot_surface",
    "plot_wireframe",
    "bar",
    "barh",
    "hist",
    "fill_between",
    "imshow",
    "errorbar",
    "step",
    "stem",
    "axhline",
    "axvline",
    "text",
    "annotate",
    "pcolormesh",
    "quiver",
}


class _DeviceFlow(ast.NodeVisitor):
    """Which names may hold a tensor on the default device (a GPU in a GPU build).

    A name is on the device when it was last assigned from an expression that uses
    `torch` or another such name, unless the expression ends in a call that copies to
    the host (`.cpu()`, `.numpy()`, `.item()`, `.tolist()`). A call to a function
    defined in the snippet returns a device value when its arguments include one, unless
    every `return` of that function gives a host value. Reports each plotting call
    (and each NumPy call, and each `.numpy()`) that receives a device value."""

    def __init__(self):
        self.device: set[str] = {"torch"}
        self.host_functions: set[str] = set()
        self.problems: list[str] = []

    def on_device(self, node) -> bool:
        if node is None or isinstance(node, ast.Constant):
            return False
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in TO_HOST
        ):
            return False
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in self.host_functions | {"float", "int", "len", "str"}
        ):
            return False
        if isinstance(node, ast.Call) and _names_the_cpu(node):
            return False
        if isinstance(node, ast.Name):
            return node.id in self.device
        if isinstance(node, (ast.Lambda, ast.FunctionDef)):
            return False
        return any(
            self.on_device(child)
            for child in ast.iter_child_nodes(node)
            if isinstance(child, ast.expr) or isinstance(child, ast.keyword)
        )

    def assign(self, target, value_on_device: bool, value=None):
        if isinstance(target, ast.Name):
            (self.device.add if value_on_device else self.device.discard)(target.id)
        elif isinstance(target, (ast.Tuple, ast.List)):
            elts = (
                value.elts
                if isinstance(value, (ast.Tuple, ast.List)) and len(value.elts) == len(target.elts)
                else [None] * len(target.elts)
            )
            for t, v in zip(target.elts, elts, strict=True):
                self.assign(t, self.on_device(v) if v is not None else value_on_device, v)

    def visit_Assign(self, node):
        self.generic_visit(node)
        for target in node.targets:
            self.assign(target, self.on_device(node.value), node.value)

    def visit_AugAssign(self, node):
        self.generic_visit(node)

    def visit_FunctionDef(self, node):
        inner = _DeviceFlow()
        inner.device = self.device | {a.arg for a in node.args.args}
        inner.host_functions = set(self.host_functions)
        for stmt in node.body:
            inner.visit(stmt)
        returns = [n.value for n in ast.walk(node) if isinstance(n, ast.Return)]
        if returns and not any(inner.on_device(r) for r in returns):
            self.host_functions.add(node.name)
        self.device.discard(node.name)

    def visit_For(self, node):
        self.generic_visit(node)
        self.assign(node.target, self.on_device(node.iter))

    def visit_Call(self, node):
        self.generic_visit(node)
        func = node.func
        if not isinstance(func, ast.Attribute):
            return
        owner = func.value.id if isinstance(func.value, ast.Name) else ""
        args = list(node.args) + [
            k.value for k in node.keywords if k.arg not in ("label", "title", "color", "cmap")
        ]
        if func.attr in PLOTTING or owner in ("np", "numpy"):
            for arg in args:
                if self.on_device(arg):
                    self.problems.append(
                        f"line {node.lineno}: {ast.unparse(arg)!r} goes to "
                        f"{ast.unparse(func)}() while it may be on the GPU"
                    )
        if (
            func.attr == "numpy"
            and self.on_device(func.value)
            and not (
                isinstance(func.value, ast.Call)
                and isinstance(func.value.func, ast.Attribute)
                and func.value.func.attr == "cpu"
            )
        ):
            self.problems.append(f"line {node.lineno}: {ast.unparse(node)!r} without .cpu()")


def _names_the_cpu(call: ast.Call) -> bool:
    """`torch.zeros(3, device="cpu")`, `x.to("cpu")`: made or moved on the CPU."""
    given = [k.value for k in call.keywords if k.arg == "device"]
    if isinstance(call.func, ast.Attribute) and call.func.attr == "to":
        given += call.args[:1]
    return any(isinstance(v, ast.Constant) and str(v.value).startswith("cpu") for v in given)


def device_values_given_to_host(source: str) -> list[str]:
    flow = _DeviceFlow()
    flow.visit(ast.parse(source))
    return flow.problems


@pytest.mark.parametrize("example", TORCH_PLOTS, ids=[e.key for e in TORCH_PLOTS])
def test_torch_plot_moves_tensors_to_cpu(example):
    """Statically: no tensor reaches matplotlib or NumPy without `.cpu()` first."""
    path = example.path("torch")
    problems = device_values_given_to_host(path.read_text(encoding="utf-8"))
    assert not problems, (
        f"{path.relative_to(ROOT)}: on a GPU the default device is CUDA, and matplotlib and "
        "NumPy read only CPU memory; move the tensors first (x = x.cpu()):\n  "
        + "\n  ".join(problems)
    )


def test_the_static_check_sees_a_tensor_on_its_way_to_matplotlib():
    bad = (
        "import torch\nimport matplotlib.pyplot as plt\nx = torch.arange(3.0)\n"
        "fig, ax = plt.subplots()\nax.plot(x, torch.sin(x))\n"
    )
    assert len(device_values_given_to_host(bad)) == 2  # x and torch.sin(x)
    good = bad.replace("fig, ax", "x = x.cpu()\nfig, ax").replace("torch.sin(x)", "x * 2")
    assert device_values_given_to_host(good) == []
    made_on_cpu = "import torch\nx = torch.zeros(3, device='cpu')\nx.numpy()\n"
    assert device_values_given_to_host(made_on_cpu) == []
    assert len(device_values_given_to_host(made_on_cpu.replace("'cpu'", "'cuda'"))) == 1


@pytest.fixture(scope="module")
def accelerator_results():
    return snippet_runs.run_changed(
        "run_on_simulated_accelerator", "torch", [e.path("torch") for e in TORCH_PLOTS]
    )


@pytest.mark.parametrize("example", TORCH_PLOTS, ids=[e.key for e in TORCH_PLOTS])
def test_torch_plot_runs_with_an_accelerator_as_default_device(example, accelerator_results):
    """Dynamically: with every new tensor on a (simulated) non-CPU default device, the
    snippet still plots, because it copies to the CPU before matplotlib or NumPy."""
    path = example.path("torch")
    result = accelerator_results[str(path)]
    declared = example.snippets(("torch",))["torch"].raises
    raised = (result["error"] or "").split(":", 1)[0].rsplit(".", 1)[-1]  # the class name
    if declared and raised == declared:
        assert "accel" not in result["error"], result["error"]  # its own error, not ours
        return
    assert result["error"] is None, (
        f"{path.relative_to(ROOT)}:{result.get('line') or ''}: with a GPU as the default "
        f"device this raises {result['error']}"
    )


# -- One estimator in all three tabs ------------------------------------------------------

#: examples whose tabs compute statistics of uniform or normal draws
SAME_DRAWS = ["probability/uniform_normal", "probability/laws", "probability/variance_sum"]


@pytest.fixture(scope="module")
def same_draw_results():
    by_key = {e.key: e for e in EXAMPLES}
    results = {}
    for fw in ("torch", "jax", "tf"):
        ran = snippet_runs.run_changed(
            "run_with_same_draws", fw, [by_key[k].path(fw) for k in SAME_DRAWS]
        )
        results.update({(k, fw): ran[str(by_key[k].path(fw))] for k in SAME_DRAWS})
    return results


@pytest.mark.parametrize("key", SAME_DRAWS)
def test_same_draws_give_the_same_statistics(key, same_draw_results):
    """On the same eight draws an estimator dividing by n and one dividing by n - 1
    differ by 8/7: the tabs must agree to float32 tolerance, not statistically."""
    results = {fw: same_draw_results[(key, fw)] for fw in ("torch", "jax", "tf")}
    for fw, r in results.items():
        assert r["error"] is None, f"{key}[{fw}] with replaced draws: {r['error']}"
    for fw in ("jax", "tf"):
        try:
            compare(results["torch"]["value"], results[fw]["value"])
        except Mismatch as err:
            pytest.fail(
                f"snippets/{key}: PyTorch and {fw} compute different statistics of "
                f"the same data (n against n - 1? `.var()` in PyTorch divides by "
                f"n - 1 unless given correction=0):\n{err}"
            )


# -- The norm API ---------------------------------------------------------------------------

#: JAX snippets where `jnp.linalg.norm` itself is what the example shows, with the reason
NORM_ITSELF = {
    "linear_algebra/norm_ord1_matrix": "shows what `norm(X, ord=1)` does with a matrix",
    "linear_algebra/norm_frobenius": "shows that `norm` of a matrix defaults to Frobenius",
    "linear_algebra/ex_norm_3d": "the exercise asks what `norm` does with three axes",
    "linear_algebra/ex_ord1_bug": "the bug it asks to find is `norm(W, ord=1)` ported as is",
}


@pytest.mark.parametrize(
    "example",
    [e for e in EXAMPLES if "norm" in e.name],
    ids=[e.key for e in EXAMPLES if "norm" in e.name],
)
def test_jax_norms_say_vector_or_matrix(example):
    path = example.path("jax")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    calls = [
        n
        for n in ast.walk(tree)
        if isinstance(n, ast.Call)
        and ast.unparse(n.func) in ("jnp.linalg.norm", "jax.numpy.linalg.norm")
    ]
    if example.key in NORM_ITSELF:
        assert calls, f"{example.key} is allowed `jnp.linalg.norm` but no longer uses it"
        return
    assert not calls, (
        f"{path.relative_to(ROOT)}:{calls[0].lineno if calls else ''}: use "
        "jnp.linalg.vector_norm (or matrix_norm), as the page recommends"
    )
