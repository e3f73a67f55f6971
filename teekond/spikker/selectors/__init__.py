"""The spikker's reads, one module per sub-capability; the names below are the app's read interface."""

from teekond.spikker.selectors.changelog import Change, What, entry_changes
from teekond.spikker.selectors.entries import (
    CollectionFigures,
    WorkItem,
    areas_by_id,
    browse,
    collection_figures,
    entries_by_last_check,
    entries_by_status,
    entry_page,
    published_entries_in_full,
    published_texts,
    recently_published,
    source_as_translated,
    source_text,
    translation_worklist,
)
from teekond.spikker.selectors.feedback import (
    ANSWERED_SESSION_KEY,
    EntryFeedback,
    answered_entries,
    feedback_counts,
    published_entry,
    suggestions,
)
from teekond.spikker.selectors.revisions import pending_all, pending_for

__all__ = [
    "ANSWERED_SESSION_KEY",
    "Change",
    "CollectionFigures",
    "EntryFeedback",
    "What",
    "WorkItem",
    "answered_entries",
    "areas_by_id",
    "browse",
    "collection_figures",
    "entries_by_last_check",
    "entries_by_status",
    "entry_changes",
    "entry_page",
    "feedback_counts",
    "pending_all",
    "pending_for",
    "published_entry",
    "published_entries_in_full",
    "published_texts",
    "recently_published",
    "source_as_translated",
    "source_text",
    "suggestions",
    "translation_worklist",
]
