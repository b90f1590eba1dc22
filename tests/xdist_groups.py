"""Which tests share an xdist worker (`nox -s tests` runs `-n auto --dist loadgroup`).

A session-scoped fixture is made once per worker that uses it: the snippet results (every
snippet run once, a minute or more), the real site with its server and browser, the two
fresh fixture builds. So each test that uses one goes to that fixture's group, found from
the fixtures it requests: a new test lands on the right worker without a mark. Other
tests keep the group their module gives them (a module's own site builds), or none.
"""

from __future__ import annotations

import pytest

#: session-scoped fixture -> its group; a test using several joins the first listed
SHARED_FIXTURES = {
    "site": "real-site",
    "server": "real-site",
    "browser": "real-site",
    "built_site": "real-site",
    "fresh_fixture_builds": "fresh-fixture-builds",
    "snippet_results": "snippets",
}


def shared_fixture_group(item) -> str | None:
    defs = getattr(item, "_fixtureinfo", None)
    defs = defs.name2fixturedefs if defs else {}
    for name, group in SHARED_FIXTURES.items():
        # the definition the test gets (a module may define its own `site`)
        if name in defs and defs[name][-1].scope == "session":
            return group
    return None


def pytest_collection_modifyitems(config, items):
    for item in items:
        if group := shared_fixture_group(item):
            item.add_marker(pytest.mark.xdist_group(group))  # closest mark: it wins
