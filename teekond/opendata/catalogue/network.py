"""Open-data record types of the partner network: events, agreements and municipalities (see records.py)."""

from teekond.network import selectors as network
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
    page,
    text_columns,
    text_values,
)

RECORD_TYPES: list[RecordType] = []


def _events():
    for e in network.events_in_full():
        yield {
            "key": e.pk,
            "type": e.type,
            "year": e.year,
            "start_date": iso(e.start_date),
            "end_date": iso(e.end_date),
            "town": e.town,
            "country": e.country,
            "municipality": e.host_municipality.slug if e.host_municipality else None,
            "organisers": joined(o.slug for o in e.organisers.all()),
            "participant_count": e.participant_count,
            "source": e.source,
            "url": page(e),
            "changed_at": latest(e.created_at, latest_text(e)),
            **text_values(e, ("title", "description", "audience")),
        }


RECORD_TYPES.append(
    RecordType(
        name="events",
        title="Events",
        description="Network meetings, workshops, academies, training days, conferences and study visits.",
        key="key",
        columns=[
            Column("key", INTEGER, KEY, True),
            Column(
                "type",
                STRING,
                "network-meeting, workshop, academy, training-day, conference, working-group-meeting or study-visit.",
            ),
            Column("year", INTEGER, "The year (always known)."),
            Column("start_date", DATE, "First day; empty when the source does not give it."),
            Column("end_date", DATE, "Last day of a multi-day event."),
            Column("town", STRING, "Town."),
            Column("country", STRING, "ISO 3166 country code."),
            Column("municipality", STRING, "Host municipality (municipalities.key)."),
            Column("organisers", STRING, "Organisers (bodies.key), joined by '; '."),
            Column("participant_count", INTEGER, "Number of participants, when recorded."),
            Column("source", STRING, "Where the facts can be checked."),
            Column("url", STRING, "Its page."),
            CHANGED,
            *text_columns({"title": "Title", "description": "Description", "audience": "For whom"}),
        ],
        read=_events,
        filters=("municipality", "changed_since"),
    )
)


def _agreements():
    for a in network.agreements_by_key():
        yield {
            "key": a.pk,
            "municipality": a.municipality.slug,
            "extends": a.extends_id,
            "status": a.status,
            "concluded": iso(a.concluded),
            "concluded_precision": a.concluded_precision,
            "activities_start": iso(a.activities_start),
            "activities_start_precision": a.activities_start_precision,
            "negotiated_in": a.negotiated_in,
            "ends": iso(a.ends),
            "ends_precision": a.ends_precision,
            "source": a.source,
            "source_checked": iso(a.source_checked),
        }


PRECISION = "How much of the date above is known: day, month or year (then the rest of the date is the first day)."
RECORD_TYPES.append(
    RecordType(
        name="agreements",
        title="Partnership agreements",
        description="ELVL's partnership agreements with municipalities and their extensions.",
        key="key",
        columns=[
            Column("key", INTEGER, KEY, True),
            Column("municipality", STRING, "The partner municipality (municipalities.key)."),
            Column("extends", INTEGER, "The agreement this one extends (agreements.key)."),
            Column("status", STRING, "negotiating, active, extended or ended."),
            Column("concluded", DATE, "When it was concluded."),
            Column("concluded_precision", STRING, PRECISION),
            Column("activities_start", DATE, "When its activities start."),
            Column("activities_start_precision", STRING, PRECISION),
            Column("negotiated_in", INTEGER, "The year of the negotiations, when the source names that instead."),
            Column("ends", DATE, "When it ends."),
            Column("ends_precision", STRING, PRECISION),
            Column("source", STRING, "Where the facts can be checked."),
            Column("source_checked", DATE, "When a person last checked the source."),
        ],
        read=_agreements,
        filters=("municipality",),
    )
)


def _municipalities():
    for m in network.municipalities():
        yield {
            "key": m.slug,
            "name": m.name,
            "type": m.type,
            "county": m.county,
            "website": m.website,
            "email": m.email,
            "phone": m.phone,
            "address": m.address,
            "contact_checked": iso(m.contact_checked),
        }


RECORD_TYPES.append(
    RecordType(
        name="municipalities",
        title="Municipalities",
        description="All 79 local governments of Estonia with their offices' general contacts.",
        key="key",
        columns=[
            Column("key", STRING, KEY, True),
            Column("name", STRING, "Official name."),
            Column("type", STRING, "linn (city) or vald (rural municipality)."),
            Column("county", STRING, "County."),
            Column("website", STRING, "Website."),
            Column("email", STRING, "The office's general e-mail (not a person's)."),
            Column("phone", STRING, "The office's general phone."),
            Column("address", STRING, "Office address."),
            Column("contact_checked", DATE, "When a person last checked the contacts."),
        ],
        read=_municipalities,
    )
)
