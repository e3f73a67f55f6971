"""Open-data record types of the guide: the municipalities' local services (see records.py)."""

from teekond.guide.selectors import local as guide
from teekond.opendata.records import (
    CHANGED,
    DATE,
    INTEGER,
    KEY,
    STRING,
    Column,
    RecordType,
    iso,
    joined,
    latest,
    latest_text,
    text_columns,
    text_values,
)

RECORD_TYPES: list[RecordType] = []


def _services():
    for s in guide.all_local_services():
        yield {
            "key": s.pk,
            "municipality": s.municipality.slug,
            "step": s.step.key,
            "stage": s.step.stage.slug,
            "office_name": s.office_name,
            "address": s.address,
            "opening_hours": s.opening_hours,
            "phone": s.phone,
            "email": s.email,
            "website": s.website,
            "languages": joined(s.languages),
            "source": s.source,
            "checked": iso(s.checked),
            "changed_at": latest(latest_text(s)),
            **text_values(s, ("notes",)),
        }


RECORD_TYPES.append(
    RecordType(
        name="local-services",
        title="Local services",
        description="Where in each municipality a step of the journey is done: office, hours, contacts, languages.",
        key="key",
        columns=[
            Column("key", INTEGER, KEY, True),
            Column("municipality", STRING, "municipalities.key."),
            Column("step", STRING, "steps.key."),
            Column("stage", STRING, "stages.key of the step."),
            Column("office_name", STRING, "The office."),
            Column("address", STRING, "Its address."),
            Column("opening_hours", STRING, "Opening hours."),
            Column("phone", STRING, "The office's phone."),
            Column("email", STRING, "The office's e-mail (not a person's)."),
            Column("website", STRING, "Website."),
            Column("languages", STRING, "Languages served (codes), joined by '; '."),
            Column("source", STRING, "Where the facts can be checked."),
            Column("checked", DATE, "When a person last checked them."),
            CHANGED,
            *text_columns({"notes": "Notes"}),
        ],
        read=_services,
        filters=("municipality", "stage", "changed_since"),
    )
)
