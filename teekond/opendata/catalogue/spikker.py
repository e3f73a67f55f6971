"""Open-data record types of the spikker: its published entries (see records.py)."""

from teekond.opendata.records import (
    CHANGED,
    DATETIME,
    KEY,
    STRING,
    Column,
    RecordType,
    iso,
    joined,
    latest,
    latest_text,
    page,
    text_columns,
    text_values,
)
from teekond.spikker import selectors as spikker

RECORD_TYPES: list[RecordType] = []

SPIKKER_FIELDS = {
    "title": "Title",
    "situation": "The situation",
    "rule": "The unwritten rule",
    "examples": "Examples, joined by '; '",
    "why": "Why it is so",
    "tip": "A tip",
}


def _entries():
    for e in spikker.published_entries_in_full():
        yield {
            "key": e.key,
            "area": e.area.key,
            "stages": joined(sorted(s.slug for s in e.stages.all())),
            "sources": joined(s.url for s in e.sources.all()),
            "published_at": iso(e.published_at),
            "url": page(e),
            "changed_at": latest(e.updated_at, latest_text(e)),
            **text_values(e, SPIKKER_FIELDS),
        }


RECORD_TYPES.append(
    RecordType(
        name="spikker",
        title="Spikker: unwritten rules of Estonian life",
        description="Published entries of the spikker with their translations (CC BY 4.0).",
        key="key",
        columns=[
            Column("key", STRING, KEY, True),
            Column("area", STRING, "Key of the life area."),
            Column("stages", STRING, "Keys of the journey stages where it matters (stages.key), joined by '; '."),
            Column("sources", STRING, "Addresses of its sources, joined by '; '."),
            Column("published_at", DATETIME, "When it was first published."),
            Column("url", STRING, "Its page."),
            CHANGED,
            *text_columns(SPIKKER_FIELDS),
        ],
        read=_entries,
        filters=("stage", "changed_since"),
        column_filters={"stage": "stages"},
    )
)
