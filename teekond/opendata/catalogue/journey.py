"""Open-data record types of the journey map: perspectives, stages, steps and bottlenecks (see records.py)."""

from teekond.journey import selectors as journey
from teekond.opendata.records import (
    BOOLEAN,
    CHANGED,
    DATE,
    DATETIME,
    INTEGER,
    KEY,
    SAMPLE,
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

RECORD_TYPES: list[RecordType] = []


def _perspectives():
    for p in journey.perspectives():
        yield {"key": p.slug, "order": p.order, **text_values(p, ("name", "description"))}


RECORD_TYPES.append(
    RecordType(
        name="perspectives",
        title="Perspectives",
        description="Whose view a row of the journey map shows: the municipality, the immigrant, the returnee.",
        key="key",
        columns=[
            Column("key", STRING, KEY, True),
            Column("order", INTEGER, "Position on the map, top first."),
            *text_columns({"name": "Name", "description": "Description"}),
        ],
        read=_perspectives,
    )
)


def _stages():
    for s in journey.stages_with_perspectives():
        yield {
            "key": s.slug,
            "order": s.order,
            "perspectives": joined(sorted(p.slug for p in s.perspectives.all())),
            "situations": joined(s.situations),
            "url": page(s),
            "changed_at": latest(latest_text(s)),
            **text_values(s, ("title", "summary")),
        }


RECORD_TYPES.append(
    RecordType(
        name="stages",
        title="Stages of the adaptation journey",
        description="The stages of a newcomer's journey, left to right on the map.",
        key="key",
        columns=[
            Column("key", STRING, KEY, True),
            Column("order", INTEGER, "Position on the journey, first stage first."),
            Column(
                "perspectives",
                STRING,
                "Keys of the perspectives (perspectives.key) the stage is seen from, joined by '; '.",
            ),
            Column(
                "situations",
                STRING,
                "Newcomer situations it concerns (eu, third-country, temporary-protection, returnee), joined by '; '.",
            ),
            Column("url", STRING, "The stage's page."),
            CHANGED,
            *text_columns({"title": "Title", "summary": "Summary"}),
        ],
        read=_stages,
        filters=("perspective", "changed_since"),
        column_filters={"perspective": "perspectives"},
    )
)


def _steps():
    steps = journey.steps_with_texts()
    for s in steps:
        yield {
            "key": s.key,
            "stage": s.stage.slug,
            "order": s.order,
            "actor": s.actor,
            "institution": s.institution.slug if s.institution else None,
            "deadline_amount": s.deadline_amount,
            "deadline_unit": s.deadline_unit or None,
            "deadline_from": s.deadline_from or None,
            "situations": joined(s.situations),
            "children_only": s.children_only,
            "source": s.source,
            "checked": iso(s.checked),
            "changed_at": latest(latest_text(s)),
            **text_values(s, ("title", "what", "deadline")),
        }


RECORD_TYPES.append(
    RecordType(
        name="steps",
        title="Steps",
        description="What a newcomer (or the municipality) does in a stage, by when, and where the fact comes from.",
        key="key",
        columns=[
            Column("key", STRING, KEY, True),
            Column("stage", STRING, "Key of the stage (stages.key)."),
            Column("order", INTEGER, "Position within the stage."),
            Column("actor", STRING, "Who acts: person (the newcomer) or municipality."),
            Column(
                "institution",
                STRING,
                "Key of the responsible institution (bodies.key); empty: the person's own municipality.",
            ),
            Column("deadline_amount", INTEGER, "The deadline's number of days or months; empty when there is none."),
            Column("deadline_unit", STRING, "days or months."),
            Column("deadline_from", STRING, "What the deadline counts from: arrival, registration or expiry."),
            Column("situations", STRING, "Situations it applies to, joined by '; '."),
            Column("children_only", BOOLEAN, "True when it applies only to a family with children."),
            Column("source", STRING, "Where the fact can be checked."),
            Column("checked", DATE, "When a person last checked the source."),
            CHANGED,
            *text_columns({"title": "Title", "what": "What to do", "deadline": "The deadline in words"}),
        ],
        read=_steps,
        filters=("stage", "changed_since"),
    )
)


def _bottlenecks():
    for b in journey.bottlenecks_with_public_evidence():
        yield {
            "key": b.key,
            "stage": b.stage.slug,
            "perspective": b.perspective.slug,
            "status": b.status,
            "municipalities": joined(sorted(m.slug for m in b.municipalities.all())),
            "raised_at_event": b.origin_id,
            "merged_into": b.merged_into.key if b.merged_into else None,
            "evidence_count": b.public_evidence,
            "source": b.source,
            "sample": b.is_sample,
            "created_at": iso(b.created_at),
            "url": page(b),
            "changed_at": latest(b.created_at, latest_text(b)),
            **text_values(b, ("title", "description")),
        }


RECORD_TYPES.append(
    RecordType(
        name="bottlenecks",
        title="Bottlenecks",
        description="Where newcomers get stuck, by stage and perspective, with how much public evidence backs each.",
        key="key",
        columns=[
            Column("key", STRING, KEY, True),
            Column("stage", STRING, "Key of the stage (stages.key)."),
            Column("perspective", STRING, "Key of the perspective (perspectives.key)."),
            Column("status", STRING, "open, being-solved, solved or no-longer-relevant."),
            Column(
                "municipalities", STRING, "Slugs of the affected municipalities (municipalities.key), joined by '; '."
            ),
            Column("raised_at_event", INTEGER, "The event where it was raised (events.key)."),
            Column(
                "merged_into", STRING, "When merged: the key of the bottleneck it became; its page redirects there."
            ),
            Column(
                "evidence_count", INTEGER, "Items of public evidence (internal evidence naming people is not counted)."
            ),
            Column("source", STRING, "Where the fact can be checked."),
            SAMPLE,
            Column("created_at", DATETIME, "When it was recorded."),
            Column("url", STRING, "Its page."),
            CHANGED,
            *text_columns({"title": "Title", "description": "Description"}),
        ],
        read=_bottlenecks,
        filters=("stage", "perspective", "municipality", "changed_since"),
        column_filters={"municipality": "municipalities"},
    )
)
