"""Reads of workshops, one module per capability: `board` (the live board, in a fixed number of queries and kept
per version) and `outcome` (what the board's groups can become on the journey map); `choices` (what the forms
offer from other apps: stages, perspectives, events, municipalities, bottlenecks). Other apps' data is read
here and in the services only."""

from teekond.workshops.selectors.board import (
    author_name,
    board,
    group_item,
    headings,
    kept,
    note_item,
    target_key,
    workshops_run_by,
)
from teekond.workshops.selectors.outcome import (
    OutcomeItem,
    cell_bottlenecks,
    outcome_items,
    proposals_made,
    suggested_bottleneck,
    vote_counts,
)

__all__ = [
    "OutcomeItem",
    "author_name",
    "board",
    "cell_bottlenecks",
    "group_item",
    "headings",
    "kept",
    "note_item",
    "outcome_items",
    "proposals_made",
    "suggested_bottleneck",
    "target_key",
    "vote_counts",
    "workshops_run_by",
]
