"""A newcomer reports being stuck on a step; coordinators see the reports on the map and turn them into evidence."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.utils import timezone

from teekond.core.privacy import mask_personal_data
from teekond.guide import selectors
from teekond.guide.models import StuckReport, StuckStatus
from teekond.guide.tests.stuck_helpers import (
    PLAN,
    REPORT,
    RETURNEE_ONLY_STEP,
    TEMPORARY_PROTECTION_STEP,
    group_url,
    in_ukrainian,
    make_report,
    send,
)
from teekond.journey.models import Step
from teekond.network.models import Municipality

pytestmark = pytest.mark.django_db


def test_a_newcomer_reports_being_stuck_and_returns_to_their_plan():
    response = send()
    assert response.status_code == 302 and response["Location"] == PLAN
    report = StuckReport.objects.get()
    assert (report.municipality.slug, report.step.key, report.situation) == (
        "tartu-linn",
        TEMPORARY_PROTECTION_STEP,
        "temporary-protection",
    )
    assert report.language == "uk"
    assert report.text == "Не зрозуміло, які документи потрібні."
    assert report.month == timezone.localdate().replace(day=1)
    assert report.status == StuckStatus.NEW
    assert report.history.get().history_user is None


def test_no_address_is_stored_with_a_report():
    send()
    fields = {field.name for field in StuckReport._meta.get_fields()}
    assert not fields & {"ip", "ip_address", "address", "client_address", "remote_addr", "user_agent"}
    row = StuckReport.objects.values().get()
    assert not any("198.51.100.7" in str(value) for value in row.values())


def test_the_thank_you_message_is_shown_on_the_next_page():
    response = Client().post("/en/guide/stuck/", {**REPORT, "next": "/en/"}, follow=True, REMOTE_ADDR="198.51.100.8")
    message = BeautifulSoup(response.content, "html.parser").select_one(".messages[role=status]")
    assert "Your report reaches the people who plan newcomer services" in message.get_text()


@pytest.mark.parametrize("next_", ["https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:x"])
def test_only_a_path_on_this_site_is_followed_back(next_):
    response = send(next=next_)
    assert response.status_code == 302
    assert response["Location"] == "/uk/guide/"  # the guide's start, never the address given
    assert StuckReport.objects.count() == 1


def test_a_honeypot_report_is_dropped_silently():
    response = send(website="http://spam.example")
    assert response.status_code == 302 and response["Location"] == PLAN
    assert not StuckReport.objects.exists()


def test_the_eleventh_report_within_the_hour_is_refused_kindly():
    client = Client()
    for _sent in range(selectors.REPORTS_PER_HOUR):
        assert send(client).status_code == 302
    response = send(client)
    assert response.status_code == 429
    assert in_ukrainian("You have sent several reports in a short time. Please try again in an hour.") in (
        response.content.decode()
    )
    assert BeautifulSoup(response.content, "html.parser").find("a", href=PLAN)
    assert StuckReport.objects.count() == selectors.REPORTS_PER_HOUR


def test_a_step_that_is_not_in_the_situations_journey_is_refused():
    response = send(step=RETURNEE_ONLY_STEP)
    assert response.status_code == 400
    assert not StuckReport.objects.exists()


def test_an_unknown_step_or_municipality_is_refused():
    assert send(step="no-such-step").status_code == 400
    assert send(municipality="atlantis").status_code == 400
    assert not StuckReport.objects.exists()


def test_a_text_of_links_is_refused_with_the_text_kept_for_correcting():
    text = "See http://spam.example/a and www.spam.example/b"
    response = send(text=text)
    assert response.status_code == 400
    soup = BeautifulSoup(response.content, "html.parser")
    textarea = soup.find("textarea", attrs={"name": "text"})
    assert textarea.get_text().strip() == text
    error = soup.select_one(f"#{textarea['id']}_error")
    assert error.get_text() == in_ukrainian("Please describe what happened in your own words, with at most one link.")
    assert error["id"] in textarea["aria-describedby"]
    assert not StuckReport.objects.exists()


def test_a_too_long_text_is_refused():
    assert send(text="x" * 501).status_code == 400
    assert not StuckReport.objects.exists()


def test_the_report_form_only_accepts_posts():
    assert Client().get("/uk/guide/stuck/").status_code == 405


def test_the_form_on_a_step_posts_back_with_the_plan_address():
    from django.template import Context, Template
    from django.test import RequestFactory

    request = RequestFactory().get(PLAN)
    html = Template("{% load guide_stuck %}{% stuck_form step municipality situation %}").render(
        Context(
            {
                "request": request,
                "step": Step.objects.get(key=TEMPORARY_PROTECTION_STEP),
                "municipality": Municipality.objects.get(slug="tartu-linn"),
                "situation": "temporary-protection",
            }
        )
    )
    soup = BeautifulSoup(html, "html.parser")
    form = soup.select_one("details form")
    assert form["action"].endswith("/guide/stuck/")
    assert soup.find("input", attrs={"name": "next"})["value"] == PLAN
    textarea = form.find("textarea", attrs={"name": "text"})
    assert soup.find("label", attrs={"for": textarea["id"]})
    assert textarea["id"] == f"stuck-{TEMPORARY_PROTECTION_STEP}-text"


def test_personal_data_is_hidden_in_what_is_stored_and_shown(as_persona):
    text = "Пишіть на olena.k@example.com або +372 5123 4567, мій код 48706234211. Чекала 3 тижні."
    report = make_report(text=text)
    assert "olena.k@example.com" not in report.text
    assert "5123 4567" not in report.text and "48706234211" not in report.text
    assert "Чекала 3 тижні." in report.text
    StuckReport.objects.filter(pk=report.pk).update(text=text)  # as if written before masking existed
    page = as_persona("coordinator").get(group_url()).content.decode()
    assert "olena.k@example.com" not in page and "5123 4567" not in page and "48706234211" not in page
    assert "[e-mail hidden]" in page and "[phone number hidden]" in page and "[personal ID code hidden]" in page
    assert StuckReport.objects.get(pk=report.pk).text == text


def test_dates_and_small_numbers_are_not_taken_for_phone_numbers():
    text = "Arrived 01.12.2026 (2026-12-01), waited 14 days, paid 25 euros on 3.01."
    assert mask_personal_data(text) == text
