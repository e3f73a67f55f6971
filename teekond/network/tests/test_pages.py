"""What a visitor sees on the network's public pages."""

import datetime as dt

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from teekond.network import selectors
from teekond.network.models import Event, EventType, PartnerAgreement

pytestmark = pytest.mark.django_db


def page(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def test_partners_page_lists_the_eight_partners_with_their_start_dates(client):
    soup = page(client, "/et/partners/")
    rows = {row.th.get_text(strip=True): row.find_all("td")[0].get_text(strip=True) for row in soup.select("tbody tr")}
    assert rows == {
        "Tartu linn": "2023",
        "Rakvere linn": "02.2023",
        "Tallinn": "03.2023",
        "Saaremaa vald": "11.2023",
        "Pärnu linn": "2024",
        "Haapsalu linn": "01.12.2024",
        "Jõhvi vald": "01.01.2025",
        "Kohtla-Järve linn": "01.01.2025",
    }


def test_an_ended_agreement_is_no_longer_a_current_partner():
    today = dt.date(2027, 2, 1)
    slugs = {p.municipality.slug for p in selectors.current_partners(today)}
    assert "haapsalu-linn" not in slugs and "johvi-vald" not in slugs
    assert "kohtla-jarve-linn" in slugs


def test_agreements_ending_within_six_months():
    ending = selectors.agreements_ending_within(dt.date(2026, 11, 27), months=6)
    # Haapsalu and Jõhvi end in 2026; Kohtla-Järve's end is known only as "2027", which may be January.
    assert [a.municipality.slug for a in ending] == ["haapsalu-linn", "johvi-vald", "kohtla-jarve-linn"]
    assert selectors.agreements_ending_within(dt.date(2025, 3, 1), months=6) == []


def test_coordinator_sees_agreements_that_end_soon(as_persona):
    PartnerAgreement.objects.filter(municipality__slug="tartu-linn", status="active").update(
        ends=timezone.localdate() + dt.timedelta(days=30), ends_precision="day"
    )
    soup = page(as_persona("coordinator"), "/en/agreements/")
    ending = soup.find("h2", string="Ending within six months").find_next("ul").get_text()
    assert "Tartu linn" in ending and "Pärnu linn" not in ending


def test_calendar_lists_past_events_by_year_and_says_when_nothing_is_upcoming(client):
    soup = page(client, "/en/calendar/")
    assert "No upcoming events have been announced yet." in soup.get_text()
    assert soup.find("h3", string="2025")
    items = soup.select("h3 + ul.event-list li")
    assert len(items) == 11
    # The working-group meeting's date is not in the source, and the page says so, last in its year.
    assert "date not recorded" in items[-1].get_text()


def test_calendar_shows_an_upcoming_event_and_filters_by_type(client):
    event = Event.objects.create(type=EventType.STUDY_VISIT, year=2099, start_date=dt.date(2099, 5, 5))
    event.texts.create(language="et", title="Õppevisiit Helsingisse")
    soup = page(client, "/et/calendar/")
    upcoming = soup.find_all("h2")[0].find_next("ul")
    assert "Õppevisiit Helsingisse" in upcoming.get_text()
    soup = page(client, "/et/calendar/?type=academy")
    assert len(soup.select("ul.event-list li")) == 3
    assert client.get("/et/calendar/?type=party").status_code == 404


def test_event_page_in_the_readers_language_and_a_fallback_marked_with_its_language(client):
    conference = Event.objects.get(type=EventType.CONFERENCE)
    soup = page(client, f"/uk/events/{conference.pk}/")
    assert "Ключові чинники інтеграції" in soup.h1.get_text()
    assert "16.10.2025" in soup.get_text()
    conference.texts.filter(language="uk").delete()
    soup = page(client, f"/uk/events/{conference.pk}/")
    assert soup.find("article")["lang"] == "et"
    assert "Lõimumise võtmetegurid" in soup.h1.get_text()


def test_working_group_page_names_chair_members_and_the_open_meeting_date(client):
    text = page(client, "/en/working-group/").get_text()
    assert "Eve East" in text and "Toila vallavanem" in text and "chair" in text
    assert "Kairit Kaaleste" in text
    assert "date not recorded" in text


def test_municipality_page_shows_missing_contacts_honestly(client):
    text = page(client, "/en/municipalities/tartu-linn/").get_text()
    assert "Tartu maakond" in text and "not recorded yet" in text
    assert "Conference" in text  # the 16.10.2025 conference was held in Tartu


def test_municipality_list_has_all_79_grouped_by_county(client):
    soup = page(client, "/et/municipalities/")
    assert len(soup.select("main li a")) == 79
    assert len(soup.select("main h2")) == 15


def test_unknown_pages_answer_404_in_the_readers_language(client):
    response = client.get("/en/municipalities/atlantis/")
    assert response.status_code == 404
    assert b"Page not found" in response.content


def test_an_extension_marks_the_agreement_it_extends(as_persona):
    first = PartnerAgreement.objects.get(municipality__slug="haapsalu-linn")
    data = {
        "municipality": first.municipality_id,
        "extends": first.pk,
        "status": "active",
        "concluded": "2026-10-01",
        "concluded_precision": "day",
        "negotiated_in": "",
        "activities_start": "",
        "activities_start_precision": "day",
        "ends": "2028-12-31",
        "ends_precision": "day",
        "notes": "",
        "source": "",
        "source_checked": "",
        "reason": "",
    }
    assert as_persona("coordinator").post("/en/agreements/new/", data).status_code == 302
    first.refresh_from_db()
    assert first.status == "extended"
    partnership = next(
        p for p in selectors.current_partners(dt.date(2027, 6, 1)) if p.municipality.slug == "haapsalu-linn"
    )
    assert partnership.first == first and partnership.current.ends_display == "31.12.2028"


def test_an_extension_must_belong_to_the_same_municipality(as_persona):
    tartu_first = PartnerAgreement.objects.get(municipality__slug="tartu-linn", extends__isnull=True)
    data = {
        "municipality": PartnerAgreement.objects.get(municipality__slug="johvi-vald").municipality_id,
        "extends": tartu_first.pk,
        "status": "active",
        "concluded": "",
        "concluded_precision": "day",
        "negotiated_in": "",
        "activities_start": "",
        "activities_start_precision": "day",
        "ends": "",
        "ends_precision": "day",
        "notes": "",
        "source": "",
        "source_checked": "",
        "reason": "",
    }
    response = as_persona("coordinator").post("/en/agreements/new/", data)
    assert response.status_code == 200
    assert "same municipality" in str(response.context["form"].errors["extends"])


@pytest.mark.parametrize("path", ["/et/calendar/", "/et/partners/", "/et/", "/et/working-group/"])
def test_public_pages_take_a_constant_number_of_queries(client, path, django_assert_max_num_queries):
    def add_events(count):
        for number in range(count):
            event = Event.objects.create(
                type=EventType.TRAINING_DAY, year=2024, start_date=dt.date(2024, 1, 1 + number)
            )
            event.texts.create(language="et", title=f"Päev {number}")

    add_events(1)
    with django_assert_max_num_queries(12) as few:
        client.get(path)
    add_events(20)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(path)


def test_an_extension_still_negotiated_does_not_end_the_agreement_in_force(as_persona):
    first = PartnerAgreement.objects.get(municipality__slug="johvi-vald")
    data = {
        "municipality": first.municipality_id,
        "extends": first.pk,
        "status": "negotiating",
        "concluded": "",
        "concluded_precision": "day",
        "negotiated_in": "2026",
        "activities_start": "",
        "activities_start_precision": "day",
        "ends": "",
        "ends_precision": "day",
        "notes": "",
        "source": "",
        "source_checked": "",
        "reason": "",
    }
    assert as_persona("coordinator").post("/en/agreements/new/", data).status_code == 302
    first.refresh_from_db()
    assert first.status == "active"
    partnership = next(
        p for p in selectors.current_partners(dt.date(2026, 11, 27)) if p.municipality.slug == "johvi-vald"
    )
    assert partnership.current == first
