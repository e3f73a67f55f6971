"""The plan taken away (PDF, calendar, offline), nothing about the newcomer kept, and its queries."""

import datetime as dt
import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.sessions.models import Session
from django.db import connection
from django.test.utils import CaptureQueriesContext
from icalendar import Calendar

from teekond.core.tests import pdf
from teekond.guide.models import LocalService
from teekond.guide.tests.test_plan import ANTSLA, ARRIVAL, TARTU_UK, soup_of
from teekond.journey.models import Stage, Step
from teekond.network.models import Municipality
from teekond.spikker.models import Entry, EntryStatus

pytestmark = pytest.mark.django_db


# Taking the plan away


def test_the_calendar_has_one_all_day_event_per_dated_deadline(client):
    response = client.get(TARTU_UK.replace("/tartu-linn/", "/tartu-linn/deadlines.ics"))
    assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
    events = Calendar.from_ical(response.content).walk("VEVENT")
    assert [event.decoded("dtstart") for event in events] == [dt.date(2026, 12, 15)]
    event = events[0]
    assert event.decoded("dtend") == dt.date(2026, 12, 16)
    assert str(event["summary"]) == "Подайте повідомлення про місце проживання"
    assert "Tartu välismaalaste teenuskeskus" in str(event["description"])
    assert str(event["url"]).endswith(TARTU_UK)


def test_every_dated_step_becomes_an_event_on_its_date(client):
    url = "/en/guide/tartu-linn/deadlines.ics?situation=returnee&children=1&arrival=2026-12-01"
    events = Calendar.from_ical(client.get(url).content).walk("VEVENT")
    expected = {step.key: step.deadline_for(ARRIVAL) for step in Step.objects.all()}
    found = {str(event["uid"]).split(".")[0]: event.decoded("dtstart") for event in events}
    assert found == {"residence-notice": dt.date(2026, 12, 15), "apply-returnee-support": dt.date(2027, 8, 1)}
    assert all(expected[key] == date for key, date in found.items())


def test_the_calendar_needs_the_arrival_date(client):
    response = client.get("/en/guide/tartu-linn/deadlines.ics?situation=temporary-protection&children=1")
    assert response.status_code == 400
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text() == "Deadlines need your arrival date"
    assert soup.select_one('form.arrival-form input[name="situation"]')["value"] == "temporary-protection"


def test_the_pdf_has_the_deadline_date_and_cyrillic_text(client):
    response = client.get(TARTU_UK.replace("/tartu-linn/", "/tartu-linn/plan.pdf"))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment")
    text = pdf.text(response.content)
    assert "15.12.2026" in text
    assert "Подайте повідомлення про місце проживання" in " ".join(text.split())


# Nothing about the newcomer is kept


@pytest.mark.parametrize(
    "url",
    [
        "/uk/guide/",
        TARTU_UK,
        TARTU_UK.replace("/tartu-linn/", "/tartu-linn/plan.pdf"),
        TARTU_UK.replace("/tartu-linn/", "/tartu-linn/deadlines.ics"),
        "/uk/guide/tartu-linn/?situation=tourist",
    ],
)
def test_the_guide_sets_no_cookie_and_writes_no_session(client, url):
    sessions = Session.objects.count()
    response = client.get(url)
    assert response.status_code in (200, 400)
    assert not response.cookies, response.cookies
    assert "Set-Cookie" not in response.headers
    assert Session.objects.count() == sessions


# Offline


def test_the_service_worker_is_served_from_the_root_for_the_whole_site(client):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert response["Cache-Control"] == "no-cache"
    assert b'addEventListener("fetch"' in response.content
    assert not response.cookies


def test_the_manifest_names_the_app_and_its_icon(client):
    response = client.get("/manifest.webmanifest")
    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["name"] == "Teekond"
    assert manifest["icons"][0]["type"] == "image/svg+xml"
    assert client.get(manifest["icons"][0]["src"]).status_code == 200


def test_pages_link_the_manifest_and_the_plan_loads_its_script(client):
    soup = soup_of(client, TARTU_UK)
    assert soup.select_one('link[rel="manifest"]')["href"] == "/manifest.webmanifest"
    assert soup.select_one('script[src$="plan.js"]')
    assert soup.select_one("[data-plan]")["data-done-label"]


def test_the_main_navigation_leads_to_the_guide(client):
    soup = soup_of(client, "/en/")
    assert soup.select_one('nav.main-nav a[href="/en/guide/"]')


# Queries


def plan_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


def test_the_plan_takes_the_same_number_of_queries_whatever_the_municipality(client):
    query = "?situation=third-country&children=1&arrival=2026-12-01"
    tartu, antsla = f"/en/guide/tartu-linn/{query}", f"/en/guide/{ANTSLA}/{query}"
    assert LocalService.objects.filter(municipality__slug="tartu-linn").exists()
    assert not LocalService.objects.filter(municipality__slug=ANTSLA).exists()
    before = plan_queries(client, tartu)
    assert plan_queries(client, antsla) == before

    tartu_town = Municipality.objects.get(slug="tartu-linn")
    for step in Step.objects.exclude(local_services__municipality=tartu_town)[:10]:
        service = LocalService.objects.create(municipality=tartu_town, step=step, office_name=f"Büroo {step.key}")
        service.texts.create(language="et", notes="Märkus")
        service.texts.create(language="en", notes="A note")
    template = Entry.objects.published().first()
    for number in range(5):
        extra = Entry.objects.create(key=f"extra-{number}", area=template.area, status=EntryStatus.PUBLISHED)
        extra.texts.create(language="et", title=f"Lisa {number}")
        extra.stages.set(Stage.objects.all())
    assert plan_queries(client, tartu) == before
    assert plan_queries(client, antsla) == before
