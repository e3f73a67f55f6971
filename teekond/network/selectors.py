"""Reads of the partner network, shaped for pages, feeds and reports (a fixed number of queries each)."""

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import F, Prefetch, Q

from teekond.core.dates import add_months
from teekond.network.models import (
    AgreementStatus,
    Event,
    EventType,
    Municipality,
    MunicipalityType,
    Organisation,
    OrganisationKind,
    PartnerAgreement,
    WorkingGroup,
    WorkingGroupMembership,
)

# The network's vocabulary and types, for other apps' type hints, choices and field lengths; other apps read
# the rows themselves only through the functions of this module.
__all__ = [
    "AgreementStatus",
    "Event",
    "EventType",
    "Municipality",
    "MunicipalityType",
    "Organisation",
    "OrganisationKind",
    "PartnerAgreement",
]


@dataclass(frozen=True)
class Partnership:
    """A partner municipality with its chain of agreements, first agreement first."""

    municipality: Municipality
    agreements: list[PartnerAgreement]

    @property
    def first(self) -> PartnerAgreement:
        return self.agreements[0]

    @property
    def current(self) -> PartnerAgreement:
        """The agreement in force: the latest active one (an extension still negotiated does not count)."""
        active = [a for a in self.agreements if a.status == AgreementStatus.ACTIVE]
        return (active or self.agreements)[-1]

    @property
    def was_extended(self) -> bool:
        return len(self.agreements) > 1


def _chains(agreements) -> list[Partnership]:
    by_municipality = defaultdict(list)
    for agreement in agreements:
        by_municipality[agreement.municipality].append(agreement)
    chains = []
    for municipality, rows in by_municipality.items():
        rows.sort(key=lambda a: (a.extends_id is not None, a.activities_start or dt.date.max, a.pk))
        chains.append(Partnership(municipality, rows))
    return chains


def current_partners(today: dt.date) -> list[Partnership]:
    """Municipalities with an agreement in force today, ordered by when their partnership began."""
    active = PartnerAgreement.objects.filter(status=AgreementStatus.ACTIVE).filter(
        Q(ends__isnull=True) | Q(ends__gte=dt.date(today.year, 1, 1))
    )
    municipality_ids = {a.municipality_id for a in active if a.last_day is None or a.last_day >= today}
    agreements = PartnerAgreement.objects.filter(municipality_id__in=municipality_ids).select_related("municipality")
    chains = _chains(agreements)
    chains.sort(key=lambda p: (p.first.activities_start or dt.date.max, p.municipality.name))
    return chains


def all_agreements():
    return PartnerAgreement.objects.select_related("municipality", "extends").order_by(
        "municipality__name", "activities_start", "pk"
    )


def agreements_ending_within(today: dt.date, months: int = 6) -> list[PartnerAgreement]:
    """Agreements in force that may end between today and `months` from now.

    A partial end ("2027") is stored as its first day; it counts when any day it can mean falls in
    the window, since a coordinator would rather be warned early.
    """
    horizon = add_months(today, months)
    candidates = PartnerAgreement.objects.filter(
        status=AgreementStatus.ACTIVE, ends__isnull=False, ends__lte=horizon
    ).select_related("municipality")
    ending = [a for a in candidates if a.last_day >= today]
    return sorted(ending, key=lambda a: (a.ends, a.municipality.name))


def upcoming_events(today: dt.date, event_type: str | None = None):
    events = Event.objects.with_details().filter(
        Q(end_date__gte=today)
        | Q(end_date__isnull=True, start_date__gte=today)
        | Q(start_date__isnull=True, year__gt=today.year)
    )
    return _of_type(events, event_type).order_by("start_date", "pk")


def last_event(today: dt.date) -> Event | None:
    """The most recent dated event that has begun (the network's latest news when nothing is announced)."""
    return Event.objects.with_details().filter(start_date__lte=today).order_by("-start_date", "-pk").first()


def past_events_by_year(today: dt.date, event_type: str | None = None) -> dict[int, list[Event]]:
    """Past events, newest year first; events whose date the source leaves open are listed in their year."""
    events = Event.objects.with_details().filter(
        Q(end_date__lt=today)
        | Q(end_date__isnull=True, start_date__lt=today)
        | Q(start_date__isnull=True, year__lte=today.year)
    )
    by_year = defaultdict(list)
    for event in _of_type(events, event_type).order_by(F("start_date").asc(nulls_last=True), "pk"):
        by_year[event.year].append(event)
    return dict(sorted(by_year.items(), reverse=True))


def events_of_year(year: int, event_type: str | None = None):
    events = Event.objects.with_details().filter(year=year)
    return _of_type(events, event_type).order_by(F("start_date").asc(nulls_last=True), "pk")


def feed_events(event_type: str | None = None):
    return _of_type(Event.objects.with_details().dated(), event_type).order_by("start_date", "pk")


def _of_type(events, event_type):
    return events.filter(type=event_type) if event_type else events


def working_group_with_members(slug: str | None = None) -> WorkingGroup | None:
    groups = WorkingGroup.objects.prefetch_related(
        Prefetch("memberships", queryset=WorkingGroupMembership.objects.select_related("person")),
        Prefetch("meetings", queryset=Event.objects.with_details()),
    )
    return (groups.filter(slug=slug) if slug else groups.order_by("pk")).first()


def municipality_page(slug: str):
    return Municipality.objects.prefetch_related(
        "agreements", Prefetch("hosted_events", queryset=Event.objects.with_details())
    ).get(slug=slug)


@dataclass(frozen=True)
class YearEvents:
    """A year's events as the annual report groups them."""

    meetings: list[Event]  # the regular (quarterly) network meetings
    workshops: list[Event]  # service-design workshops held as events of their own
    listed: list[Event]  # every event but the working group's own meetings


def year_events(year: int) -> YearEvents:
    events = list(events_of_year(year))
    return YearEvents(
        meetings=[e for e in events if e.type == EventType.NETWORK_MEETING],
        workshops=[e for e in events if e.type == EventType.WORKSHOP],
        listed=[e for e in events if e.type != EventType.WORKING_GROUP_MEETING],
    )


def agreements_by_start() -> list[PartnerAgreement]:
    """Every agreement, the earliest activities first, with what it extends."""
    agreements = PartnerAgreement.objects.select_related("municipality", "extends__extends")
    return list(agreements.order_by("activities_start", "pk"))


# Look-ups for other apps: forms offering municipalities, organisations and events, imports resolving names.


def municipalities():
    return Municipality.objects.order_by("name")


def municipality_choices() -> list[tuple[str, str]]:
    return list(Municipality.objects.values_list("slug", "name"))


def municipality_slugs() -> set[str]:
    return set(Municipality.objects.values_list("slug", flat=True))


def municipality_by_slug(slug: str | None) -> Municipality | None:
    return Municipality.objects.filter(slug=slug or "").first()


def municipality_named(slug: str) -> Municipality:
    """The municipality with this slug; Municipality.DoesNotExist when there is none."""
    return Municipality.objects.get(slug=slug)


def municipalities_by_slugs(slugs):
    return Municipality.objects.filter(slug__in=slugs)


def own_municipality(user):
    """The user's own municipality, as a queryset (for a form field that offers only it)."""
    return Municipality.objects.filter(pk=user.municipality_id)


def organisations():
    return Organisation.objects.order_by("name")


def organisation_names() -> set[str]:
    return set(Organisation.objects.values_list("name", flat=True))


def organisation_named(name: str) -> Organisation:
    """The organisation with this name; Organisation.DoesNotExist when there is none."""
    return Organisation.objects.get(name=name)


def organisation_named_by_slug(slug: str) -> Organisation:
    """The organisation with this slug; Organisation.DoesNotExist when there is none."""
    return Organisation.objects.get(slug=slug)


def organisation_by_slug(slug: str) -> Organisation | None:
    return Organisation.objects.filter(slug=slug).first()


def organisations_of_kinds(kinds):
    return Organisation.objects.filter(kind__in=kinds)


def organisations_in_use(*, also_ids):
    """Organisations a proposal or a step names, and those whose ids are given (the journey's map editions)."""
    used = (
        Organisation.objects.filter(proposals__isnull=False)
        | Organisation.objects.filter(step__isnull=False)
        | Organisation.objects.filter(pk__in=also_ids)
    )
    return used.distinct().order_by("name")


def events_with_texts():
    return Event.objects.prefetch_related("texts")


def events_newest_first():
    return Event.objects.prefetch_related("texts").order_by("-start_date")


def events_of_types(types):
    return Event.objects.filter(type__in=types).prefetch_related("texts")


def event_on(event_type: str, start_date) -> Event | None:
    return Event.objects.filter(type=event_type, start_date=start_date).first()


def events_last_added(count: int) -> list[Event]:
    return list(Event.objects.prefetch_related("texts").order_by("-created_at", "-pk")[:count])


def no_events():
    return Event.objects.none()


def events_in_full():
    """Every event, the earliest first, with its host, texts and organisers (open data)."""
    events = Event.objects.select_related("host_municipality").prefetch_related("texts", "organisers")
    return events.order_by("start_date", "pk")


def agreements_by_key():
    return PartnerAgreement.objects.select_related("municipality").order_by("pk")
