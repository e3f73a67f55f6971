"""Open-data record types of the spikker, the partner network and the local services (see records.py)."""

from teekond.guide.models import LocalService
from teekond.network.models import Event, Municipality, PartnerAgreement
from teekond.opendata.catalogue import CHANGED, KEY, _latest_text, page
from teekond.opendata.records import (
    DATE,
    DATETIME,
    INTEGER,
    STRING,
    Column,
    RecordType,
    iso,
    joined,
    latest,
    register,
    text_columns,
    text_values,
)
from teekond.spikker.models import Entry

SPIKKER_FIELDS = {
    "title": "Title",
    "situation": "The situation",
    "rule": "The unwritten rule",
    "examples": "Examples, joined by '; '",
    "why": "Why it is so",
    "tip": "A tip",
}


def _entries():
    entries = Entry.objects.published().select_related("area").prefetch_related("texts", "stages", "sources")
    for e in entries.order_by("key"):
        yield {
            "key": e.key,
            "area": e.area.key,
            "stages": joined(sorted(s.slug for s in e.stages.all())),
            "sources": joined(s.url for s in e.sources.all()),
            "published_at": iso(e.published_at),
            "url": page(e),
            "changed_at": latest(e.updated_at, _latest_text(e)),
            **text_values(e, SPIKKER_FIELDS),
        }


register(
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


def _events():
    events = Event.objects.select_related("host_municipality").prefetch_related("texts", "organisers")
    for e in events.order_by("start_date", "pk"):
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
            "changed_at": latest(e.created_at, _latest_text(e)),
            **text_values(e, ("title", "description", "audience")),
        }


register(
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
    agreements = PartnerAgreement.objects.select_related("municipality")
    for a in agreements.order_by("pk"):
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
register(
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
    for m in Municipality.objects.order_by("name"):
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


register(
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


def _services():
    services = LocalService.objects.select_related("municipality", "step__stage").prefetch_related("texts")
    for s in services.order_by("pk"):
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
            "changed_at": latest(_latest_text(s)),
            **text_values(s, ("notes",)),
        }


register(
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
