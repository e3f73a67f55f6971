"""The partner network as the 2025 report (shared/seed) and the brief's source S41 state it (data/network.json).

Where the source leaves a fact open (the day an agreement was signed, the working group meeting's date)
the file leaves it out and the field stays empty. A partial date is written as precisely as the source
gives it ("2023", "2023-02", "2024-12-01"). Sources are the keys of the shared sources file
(core/data/sources.json). Loading is idempotent: records are found by natural keys and never overwritten,
so a second `make run` keeps what people have changed since; only translations still empty are filled.
Nothing is marked as checked: no person has checked these facts yet.
"""

import csv
import datetime as dt
import json
from pathlib import Path

from django.db import transaction
from django.utils.text import slugify

from teekond.core.dates import Precision
from teekond.core.sources import resolve, shared_sources
from teekond.core.translation import save_text
from teekond.network.models import (
    AgreementStatus,
    Event,
    EventType,
    Municipality,
    Organisation,
    PartnerAgreement,
    Person,
    WorkingGroup,
    WorkingGroupMembership,
)

DATA = Path(__file__).parent / "data"
MUNICIPALITIES_CSV = DATA / "municipalities.csv"
NETWORK_FILE = DATA / "network.json"
PRECISIONS = {4: Precision.YEAR, 7: Precision.MONTH, 10: Precision.DAY}


def municipality_slug(name: str) -> str:
    return slugify(name)


def network_data() -> dict:
    return json.loads(NETWORK_FILE.read_text(encoding="utf-8"))


@transaction.atomic
def load_seed() -> dict[str, int]:
    """Create every seed record that is missing; returns how many of each kind were created."""
    data = network_data()
    return {
        "municipalities": _load_municipalities(),
        "organisations": _load_organisations(data["organisations"]),
        "agreements": _load_agreements(data["agreements"]),
        "working group members": sum(_load_working_group(group) for group in data["working_groups"]),
        "events": _load_events(data),
    }


def partial_date(value: str | None) -> tuple[dt.date | None, str]:
    """ "2023" → (1.1.2023, year); "2023-02" → (1.2.2023, month); "2024-12-01" → that day."""
    if not value:
        return None, Precision.DAY
    padded = value + "-01" * ((10 - len(value)) // 3)
    return dt.date.fromisoformat(padded), PRECISIONS[len(value)]


def source(keys: str) -> str:
    text, unknown = resolve(keys, shared_sources())
    if unknown:
        raise ValueError(f"{NETWORK_FILE.name}: unknown source {', '.join(unknown)}")
    return text


def _load_municipalities() -> int:
    count = 0
    with MUNICIPALITIES_CSV.open(encoding="utf-8") as rows:
        for row in csv.DictReader(rows):
            _, was_created = Municipality.objects.get_or_create(
                slug=municipality_slug(row["name"]),
                defaults={"name": row["name"], "type": row["type"], "county": row["county"]},
            )
            count += was_created
    return count


def _load_organisations(rows: list[dict]) -> int:
    count = 0
    for row in rows:
        fields = {"short_name": row["short_name"], "kind": row["kind"], "website": row["website"]}
        organisation, was_created = Organisation.objects.get_or_create(name=row["name"], defaults=fields)
        _fill_translations(organisation, "names", row.get("names"))
        count += was_created
    return count


def _fill_translations(obj, field: str, translations: dict | None) -> None:
    """Translations of a name are filled in when still empty, never overwritten."""
    if translations and not getattr(obj, field):
        setattr(obj, field, translations)
        obj.save(update_fields=[field])


def _load_agreements(rows: list[dict]) -> int:
    count = 0
    for row in rows:
        municipality = Municipality.objects.get(slug=row["municipality"])
        if municipality.agreements.exists():
            continue
        start, start_precision = partial_date(row.get("activities_start"))
        ends, ends_precision = partial_date(row.get("ends"))
        extended_in = row.get("extended_in")
        first = PartnerAgreement.objects.create(
            municipality=municipality,
            status=AgreementStatus.EXTENDED if extended_in else AgreementStatus.ACTIVE,
            activities_start=start,
            activities_start_precision=start_precision,
            negotiated_in=row.get("negotiated_in"),
            ends=None if extended_in else ends,
            ends_precision=ends_precision,
            source=source(row["source"]),
        )
        count += 1
        if extended_in:
            PartnerAgreement.objects.create(
                municipality=municipality,
                extends=first,
                status=AgreementStatus.ACTIVE,
                concluded=dt.date(extended_in, 1, 1),
                concluded_precision=Precision.YEAR,
                ends=ends,
                ends_precision=ends_precision,
                source=source(row["extension_source"]),
            )
            count += 1
    return count


def _load_working_group(row: dict) -> int:
    group, _ = WorkingGroup.objects.get_or_create(slug=row["slug"], defaults={"name": row["name"]})
    _fill_translations(group, "names", row.get("names"))
    return sum(_load_working_group_year(group, year) for year in row["years"])


def _load_working_group_year(group: WorkingGroup, year: dict) -> int:
    count = 0
    for order, member in enumerate(year["members"]):
        person, _ = Person.objects.get_or_create(name=member["name"])
        seat, was_created = WorkingGroupMembership.objects.get_or_create(
            working_group=group,
            person=person,
            year=year["year"],
            defaults={
                "role": member["role"],
                "position": member["position"],
                "order": order,
                "source": source(year["source"]),
            },
        )
        _fill_translations(seat, "positions", member.get("positions"))
        count += was_created
    missing = year["meetings"] - group.meetings.filter(year=year["year"]).count()
    for _number in range(max(missing, 0)):
        # The report says how many meetings were held, not when: the dates stay open.
        meeting = Event.objects.create(
            type=EventType.WORKING_GROUP_MEETING, year=year["year"], working_group=group, source=source(year["source"])
        )
        meeting.organisers.set(Organisation.objects.filter(short_name="ELVL"))
        _save_texts(meeting, year["meeting_texts"])
    return count


def _load_events(data: dict) -> int:
    count = 0
    for row in data["events"]:
        start = dt.date.fromisoformat(row["start"])
        existing = Event.objects.filter(type=row["type"], start_date=start).first()
        if existing is not None:
            _fill_translations(existing, "towns", row.get("towns"))
            continue
        event = Event.objects.create(
            type=row["type"],
            year=start.year,
            start_date=start,
            end_date=dt.date.fromisoformat(row["end"]) if row.get("end") else None,
            town=row.get("town", ""),
            towns=row.get("towns", {}),
            country=row.get("country", "EE"),
            host_municipality=Municipality.objects.get(slug=row["host"]) if row.get("host") else None,
            includes_workshop=row.get("includes_workshop", False),
            source=source(row["source"]),
        )
        event.organisers.set(Organisation.objects.filter(name__in=row.get("organisers", [])))
        event.co_organisers.set(Organisation.objects.filter(name__in=row.get("co_organisers", [])))
        _save_texts(event, data["event_texts"][row["texts"]])
        count += 1
    return count


def _save_texts(event: Event, texts: dict[str, dict]) -> None:
    for language, values in texts.items():
        save_text(event, language=language, **values)
