# Hidden cell after the setup: records what each later cell of the page returned (the
# type of its final value, or the exception it raised), keyed by a hash of the cell's
# source. The page's last hidden cell prints the record as JSON for the dtype table.
# The build writes RESULT_TYPES_SOURCE (kernel/result_types.py) above this line.
import hashlib as _prelim_hashlib
import types as _prelim_types_module

_prelim_result_types = _prelim_types_module.ModuleType("prelim_result_types")
exec(RESULT_TYPES_SOURCE, _prelim_result_types.__dict__)  # noqa: F821 - written by the build
_prelim_result_types.record = {}


def _prelim_record_result_type(result, _types=_prelim_result_types, _hash=_prelim_hashlib):
    source = (result.info.raw_cell or "").strip() if result.info is not None else ""
    key = _hash.sha256(source.encode("utf-8")).hexdigest()[:16]
    error = result.error_in_exec or result.error_before_exec
    _types.record[key] = _types.raised(error) if error else _types.describe(result.result)


get_ipython().events.register("post_run_cell", _prelim_record_result_type)  # noqa: F821
