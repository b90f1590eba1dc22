# Appended to the hidden setup cell: keeps this machine's paths out of the notebooks the
# build keeps on disk (build/jupyter_execute, the execution cache). Tracebacks and warnings
# name the files they pass through: the virtualenv, the home folder, the kernel's temporary
# cell files. Page text is scrubbed again by core/output_text.py with the same placeholders;
# this covers the stored notebooks, which the page checks never see. A snippet's own prints are
# left alone (the page still scrubs them).
def _prelim_hide_paths():
    import importlib.util
    import os
    import re
    import sys
    import tempfile
    import warnings

    from IPython import get_ipython

    pairs = [
        (sys.prefix, "<env>"),
        (sys.base_prefix, "<python>"),
        (tempfile.gettempdir(), "<tmp>"),
        (os.path.expanduser("~"), "~"),
    ]
    # the checkout, where the extension is installed from (editable): a stack that starts
    # in the kernel's own zygote (a JAX key-reuse error, PyTorch's anomaly warning) names
    # it. Found without importing the extension, which would import Sphinx.
    spec = importlib.util.find_spec("prelim")
    ext = os.path.dirname(os.path.dirname(spec.origin)) if spec and spec.origin else ""
    if ext.endswith(os.path.join("docs", "_ext")):  # <checkout>/docs/_ext/prelim/__init__.py
        pairs.append((os.path.dirname(os.path.dirname(ext)), "<project>"))
    pairs = sorted(
        {(os.path.normpath(p), r) for p, r in pairs if p and p not in ("/", "~")},
        key=lambda pr: -len(pr[0]),
    )  # longest prefix first, as in core/output_text.py
    cell_file = re.compile(r"<tmp>/ipykernel_\d+/\d+\.py")

    def scrub(text):
        for prefix, placeholder in pairs:
            text = text.replace(prefix, placeholder)
        return cell_file.sub("<cell>", text)

    class Scrubbed:  # stands in for the exception value: the kernel sends only its str()
        def __init__(self, value):
            self.text = scrub(str(value))

        def __str__(self):
            return self.text

    shell = get_ipython()
    show = shell._showtraceback  # every traceback the kernel sends goes through here

    def show_scrubbed(etype, evalue, stb):
        return show(etype, Scrubbed(evalue), [scrub(line) for line in stb])

    shell._showtraceback = show_scrubbed
    format_warning = warnings.formatwarning
    warnings.formatwarning = lambda *args, **kwargs: scrub(format_warning(*args, **kwargs))


_prelim_hide_paths()
del _prelim_hide_paths
