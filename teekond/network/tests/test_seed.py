"""The seed holds the facts of the 2025 report (shared/seed) and the brief's S41 — and nothing invented."""

import datetime as dt

import pytest
from django.core.management import call_command

from teekond.core.dates import Precision
from teekond.network.models import (
    AgreementStatus,
    Event,
    EventType,
    Municipality,
    PartnerAgreement,
    WorkingGroupMembership,
)

pytestmark = pytest.mark.django_db

PARTNERS = [
    "tartu-linn",
    "rakvere-linn",
    "tallinn",
    "saaremaa-vald",
    "parnu-linn",
    "haapsalu-linn",
    "johvi-vald",
    "kohtla-jarve-linn",
]


def test_all_79_local_governments_with_slugs_from_their_official_names():
    assert Municipality.objects.count() == 79
    assert Municipality.objects.filter(type="linn").count() == 15
    for slug, name, county in [
        ("tallinn", "Tallinn", "Harju maakond"),
        ("tartu-linn", "Tartu linn", "Tartu maakond"),
        ("kohtla-jarve-linn", "Kohtla-Järve linn", "Ida-Viru maakond"),
        ("johvi-vald", "Jõhvi vald", "Ida-Viru maakond"),
        ("saaremaa-vald", "Saaremaa vald", "Saare maakond"),
        ("haapsalu-linn", "Haapsalu linn", "Lääne maakond"),
        ("parnu-linn", "Pärnu linn", "Pärnu maakond"),
        ("rakvere-linn", "Rakvere linn", "Lääne-Viru maakond"),
    ]:
        place = Municipality.objects.get(slug=slug)
        assert (place.name, place.county) == (name, county)


def test_five_agreements_extended_in_2025_and_three_new_ones():
    extensions = PartnerAgreement.objects.filter(extends__isnull=False)
    assert sorted(a.municipality.slug for a in extensions) == sorted(PARTNERS[:5])
    assert all(a.concluded.year == 2025 and a.concluded_precision == Precision.YEAR for a in extensions)
    assert all(a.extends.status == AgreementStatus.EXTENDED for a in extensions)
    starts = {
        a.municipality.slug: a.activities_start
        for a in PartnerAgreement.objects.filter(municipality__slug__in=PARTNERS[5:])
    }
    assert starts == {
        "haapsalu-linn": dt.date(2024, 12, 1),
        "johvi-vald": dt.date(2025, 1, 1),
        "kohtla-jarve-linn": dt.date(2025, 1, 1),
    }
    new = PartnerAgreement.objects.filter(municipality__slug__in=PARTNERS[5:])
    assert {a.negotiated_in for a in new} == {2024}
    # The report does not say on which day these were signed: the data keeps it open.
    assert all(a.concluded is None for a in new)


def test_agreement_terms_from_the_brief_with_their_source():
    current = {a.municipality.slug: a for a in PartnerAgreement.objects.filter(status=AgreementStatus.ACTIVE)}
    assert sorted(current) == sorted(PARTNERS)
    assert (current["tartu-linn"].ends_display, current["tallinn"].ends_display) == ("30.06.2029", "30.06.2029")
    assert current["haapsalu-linn"].ends_display == "2026"
    assert current["kohtla-jarve-linn"].ends_display == "2027"
    assert all("dokumendiregistrid.karlerss.com/dokumendid/783056" in a.source for a in current.values())


def test_working_group_chair_and_seven_members_with_positions():
    seats = WorkingGroupMembership.objects.filter(year=2025).select_related("person")
    assert seats.count() == 8
    chair = seats.get(role="chair")
    assert (chair.person.name, chair.position) == ("Eve East", "Toila vallavanem")
    assert seats.get(person__name="Kaisa Üprus-Tali").position == (
        "Tallinna Sotsiaal- ja Tervishoiuameti Rändekeskuse juhataja"
    )


def test_one_working_group_meeting_in_2025_with_its_date_left_open():
    meeting = Event.objects.get(type=EventType.WORKING_GROUP_MEETING)
    assert (meeting.year, meeting.start_date) == (2025, None)


def test_ten_events_of_2025_with_their_dates_and_places():
    events = Event.objects.exclude(type=EventType.WORKING_GROUP_MEETING).order_by("start_date")
    assert [(e.when_display, e.town) for e in events] == [
        ("06.–07.02.2025", "Tallinn"),
        ("12.–14.03.2025", "Riia"),
        ("20.03.2025", ""),
        ("13.05.2025", "Tallinn"),
        ("22.–23.05.2025", "Haapsalu"),
        ("17.–18.06.2025", "Riia"),
        ("25.–26.09.2025", "Kohtla-Järve"),
        ("16.10.2025", "Tartu"),
        ("19.–20.11.2025", "Riia"),
        ("27.–28.11.2025", "Rakvere"),
    ]
    conference = events.get(type=EventType.CONFERENCE)
    assert [o.name for o in conference.co_organisers.all()] == ["Põhjamaade Ministrite Nõukogu"]
    assert all(set(e.translation_states().values()) == {"source", "up_to_date"} for e in events)


def test_a_second_seed_keeps_peoples_changes_and_adds_nothing():
    tartu = Municipality.objects.get(slug="tartu-linn")
    tartu.phone = "+372 736 1111"
    tartu.save()
    counts = (Municipality.objects.count(), PartnerAgreement.objects.count(), Event.objects.count())
    call_command("seed", verbosity=0)
    assert (Municipality.objects.count(), PartnerAgreement.objects.count(), Event.objects.count()) == counts
    assert Municipality.objects.get(slug="tartu-linn").phone == "+372 736 1111"
