"""Judging what a page's execution produced: undeclared errors, missing figures, framework
log lines and local paths (``outputs``); a kernel that stopped (``execute.failures``); what
each example returned (``result_types``); outputs allowed to differ (``volatile``)."""
