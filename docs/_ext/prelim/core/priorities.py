"""When each of the extension's transforms runs on a page: one table, in pipeline order.

Sphinx runs a page's transforms by ascending priority, myst-nb's and sphinx-design's among
them, so the numbers are chosen against theirs (noted below). Each transform takes its
``default_priority`` from here (``priority(name)``); tests/test_priorities.py checks that
no two share a number and that the stages follow the pipeline's order (check, render,
generate), but for the exceptions listed with their reason.
"""

from __future__ import annotations

#: the stages whose transforms run on a read page, in the pipeline's order
STAGES = ("check", "render", "generate")

#: transforms (the read phase): name -> (stage, priority), in the order they run
TRANSFORMS: dict[str, tuple[str, int]] = {
    "MarkUnexecutedPages": ("check", 398),  # a page with nothing executed says so first
    "ExecutionFailures": ("check", 399),  # a stopped kernel, before outputs are judged
    "CheckSnippetOutputs": ("check", 400),
    "MarkVolatileOutputs": ("check", 405),  # after outputs are checked
    "RecordResultTypes": ("check", 406),
    "ExampleTabs": ("render", 410),  # the tab sets every later transform reads
    "MarkSolutionTabs": ("render", 412),
    "RecordPromotionResults": ("generate", 414),  # reads all three tabs (see EXCEPTIONS)
    "RecordReferenceRows": ("generate", 415),  # reads all three tabs (see EXCEPTIONS)
    "DifferenceCallouts": ("render", 416),
    "CollectApiCalls": ("render", 417),
    "OneFramework": ("render", 418),  # a PDF's edition drops the other frameworks' cells
    "Provenance": ("render", 420),  # names only the frameworks a PDF kept
    "DownloadLinks": ("render", 425),  # the line goes under the provenance line
    "CountExamples": ("generate", 440),
}

#: post-transforms (the write phase), name -> (stage, priority)
POST_TRANSFORMS: dict[str, tuple[str, int]] = {
    "UnlinkLeftOutPages": ("builder", 5),  # before myst's (9) and Sphinx's (10) resolvers
    "CompareView": ("render", 210),  # after sphinx-design's TabSetHtmlTransform (200)
    "UniqueBodyIds": ("render", 900),  # after sphinx-exercise's own post-transforms
}

#: transforms that run out of their stage's order, each with the reason
EXCEPTIONS = {
    "RecordReferenceRows": "the reference tables compare all three frameworks: the rows are "
    "recorded before a PDF's OneFramework (render) drops two of them",
    "RecordPromotionResults": "the promotion table compares all three frameworks' results: "
    "they are recorded before a PDF's OneFramework (render) drops two of them",
}


def priority(name: str) -> int:
    """The priority of the transform or post-transform ``name``."""
    table = TRANSFORMS if name in TRANSFORMS else POST_TRANSFORMS
    return table[name][1]
