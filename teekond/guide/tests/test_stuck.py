"""A newcomer reports being stuck on a step; coordinators see the reports on the map and turn them into evidence."""

import datetime as dt

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.utils import timezone, translation

from teekond.core.privacy import mask_personal_data
from teekond.guide import stuck
from teekond.guide.models import StuckReport, StuckStatus
from teekond.journey import services as journey_services
from teekond.journey.models import Bottleneck, Evidence, Perspective, Stage, Step
from teekond.network.models import Municipality

pytestmark = pytest.mark.django_db


def in_ukrainian(message: str) -> str:
    """The message as a Ukrainian reader of the plan sees it."""
    with translation.override("uk"):
        return translation.gettext(message)


PLAN = "/uk/guide/tartu-linn/?situation=temporary-protection&children=1&arrival=2026-12-01"
TEMPORARY_PROTECTION_STEP = "residence-notice"  # residence registration: third-country, protection, returnee
RETURNEE_ONLY_STEP = "returnee-counselling"
STAGE = "residence-registration"
REPORT = {
    "municipality": "tartu-linn",
    "step": TEMPORARY_PROTECTION_STEP,
    "situation": "temporary-protection",
    "text": "  Не зрозуміло, які документи потрібні.  ",
    "next": PLAN,
    "website": "",
}


def send(client=None, **changes):
    return (client or Client()).post("/uk/guide/stuck/", {**REPORT, **changes}, REMOTE_ADDR="198.51.100.7")


def make_report(situation="temporary-protection", text="", municipality="tartu-linn", step=TEMPORARY_PROTECTION_STEP):
    return stuck.stuck_report_send(
        municipality=Municipality.objects.get(slug=municipality),
        step=Step.objects.select_related("stage").get(key=step),
        situation=situation,
        language="uk",
        text=text,
        client_address=f"203.0.113.{StuckReport.objects.count()}",
    )


def group_url(perspective="immigrant", municipality="tartu-linn", month=None):
    month = month or stuck.month_of(timezone.now())
    return f"/en/guide/stuck-reports/{STAGE}/{perspective}/{municipality}/{month.year}-{month.month}/"


@pytest.fixture
def bottleneck(coordinator):
    return journey_services.bottleneck_save(
        user=coordinator,
        fields={"stage": Stage.objects.get(slug=STAGE), "perspective": Perspective.objects.get(slug="immigrant")},
        texts={"et": {"title": "Elukohateate dokumendid on segased"}},
    )


# The newcomer's side


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
    for _sent in range(stuck.REPORTS_PER_HOUR):
        assert send(client).status_code == 302
    response = send(client)
    assert response.status_code == 429
    assert in_ukrainian("You have sent several reports in a short time. Please try again in an hour.") in (
        response.content.decode()
    )
    assert BeautifulSoup(response.content, "html.parser").find("a", href=PLAN)
    assert StuckReport.objects.count() == stuck.REPORTS_PER_HOUR


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


# Personal data typed anyway


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


# The coordinators' side


def test_the_coordinator_sees_reports_counted_per_municipality_and_month(as_persona):
    for _ in range(2):
        make_report()
    make_report(municipality="parnu-linn")
    make_report(situation="returnee")
    handled = make_report()
    StuckReport.objects.filter(pk=handled.pk).update(status=StuckStatus.DISMISSED)
    page = as_persona("coordinator").get("/en/guide/stuck-reports/")
    assert page.status_code == 200
    rows = {
        tuple(cell.get_text(strip=True) for cell in row.find_all(["th", "td"]))
        for row in BeautifulSoup(page.content, "html.parser").select("tbody tr")
    }
    month = timezone.localdate().strftime("%m.%Y")
    stage = Stage.objects.get(slug=STAGE).text("en").title
    assert (stage, "Immigrant", "Tartu linn", month, "3", "2") in rows
    assert (stage, "Immigrant", "Pärnu linn", month, "1", "1") in rows
    assert (stage, "Returnee", "Tartu linn", month, "1", "1") in rows


def test_the_reports_page_filters_by_status_and_municipality(as_persona):
    make_report()
    make_report(municipality="parnu-linn")
    client = as_persona("coordinator")
    page = client.get("/en/guide/stuck-reports/?municipality=parnu-linn&status=new").content.decode()
    assert "Pärnu linn" in page.split("<tbody>")[1] and "Tartu linn" not in page.split("<tbody>")[1]
    empty = client.get("/en/guide/stuck-reports/?status=dismissed")
    assert "No stuck reports match these filters." in empty.content.decode()


def test_the_reports_page_says_when_there_are_none(as_persona):
    page = as_persona("coordinator").get("/en/guide/stuck-reports/")
    assert "No newcomer has reported being stuck yet." in page.content.decode()


def test_the_coordinator_sees_the_reports_on_the_journey_map(as_persona):
    make_report()
    make_report(situation="returnee", text="Ніхто не відповів.")
    client = as_persona("coordinator")
    soup = BeautifulSoup(client.get(f"/en/journey/stages/{STAGE}/").content, "html.parser")
    summary = soup.select_one(".stuck-summary")
    assert summary and "Tartu linn" in summary.get_text()
    assert summary.find("a", href=group_url("returnee"))
    assert summary.find("a", href=group_url("immigrant"))
    map_line = BeautifulSoup(client.get("/en/journey/").content, "html.parser").select_one(".stuck-summary")
    assert "stuck 2 times (2 new)" in map_line.get_text()
    assert map_line.find("a", href="/en/guide/stuck-reports/")


@pytest.mark.parametrize("persona", ["tartu_editor", "member", "anonymous"])
def test_no_one_else_sees_the_reports_on_the_map(as_persona, persona):
    make_report(text="Не зрозуміло.")
    client = as_persona(persona)
    assert "stuck-summary" not in client.get(f"/en/journey/stages/{STAGE}/").content.decode()
    assert "stuck-summary" not in client.get("/en/journey/").content.decode()


def test_attaching_a_report_adds_internal_evidence_to_the_bottleneck(as_persona, bottleneck):
    report = make_report(text="Не зрозуміло, які документи потрібні.")
    client = as_persona("coordinator")
    data = {f"r{report.pk}-attach-bottleneck": bottleneck.pk, f"r{report.pk}-attach-reason": "Same problem."}
    response = client.post(f"/en/guide/stuck-reports/{report.pk}/attach/", data)
    assert response.status_code == 302 and response["Location"] == group_url()
    report.refresh_from_db()
    assert (report.status, report.bottleneck, report.handled_by.username) == (
        StuckStatus.ATTACHED,
        bottleneck,
        "koordinaator",
    )
    assert report.history.first().history_change_reason == "Same problem."
    evidence = Evidence.objects.get(bottleneck=bottleneck)
    assert evidence.is_internal and evidence.municipality.slug == "tartu-linn"
    assert "Не зрозуміло, які документи потрібні." in evidence.what
    assert evidence.observed_on == report.month
    assert "Не зрозуміло" in as_persona("member").get(bottleneck.get_absolute_url()).content.decode()
    assert "Не зрозуміло" not in Client().get(bottleneck.get_absolute_url()).content.decode()


def test_a_report_is_attached_only_to_a_bottleneck_of_its_stage_and_perspective(as_persona, bottleneck):
    report = make_report(situation="returnee")  # the returnee perspective; the bottleneck is the immigrant one
    data = {f"r{report.pk}-attach-bottleneck": bottleneck.pk}
    response = as_persona("coordinator").post(f"/en/guide/stuck-reports/{report.pk}/attach/", data)
    assert response.status_code == 400
    assert not Evidence.objects.filter(bottleneck=bottleneck).exists()
    assert StuckReport.objects.get(pk=report.pk).status == StuckStatus.NEW


@pytest.mark.parametrize(
    ("situation", "perspective"), [("temporary-protection", "immigrant"), ("returnee", "returnee")]
)
def test_opening_a_bottleneck_puts_it_on_the_situations_perspective(as_persona, situation, perspective):
    report = make_report(situation=situation, text="Черга на три місяці.")
    data = {f"r{report.pk}-open-title_et": "Elukohateate järjekord on pikk", f"r{report.pk}-open-reason": "New."}
    response = as_persona("coordinator").post(f"/en/guide/stuck-reports/{report.pk}/open/", data)
    assert response.status_code == 302
    report.refresh_from_db()
    bottleneck = report.bottleneck
    assert report.status == StuckStatus.OPENED
    assert (bottleneck.stage.slug, bottleneck.perspective.slug) == (STAGE, perspective)
    assert bottleneck.owner_municipality.slug == "tartu-linn"
    assert list(bottleneck.municipalities.values_list("slug", flat=True)) == ["tartu-linn"]
    assert bottleneck.text("et").title == "Elukohateate järjekord on pikk"
    assert Evidence.objects.get(bottleneck=bottleneck, is_internal=True).what.endswith("Черга на три місяці.")


def test_opening_a_bottleneck_needs_the_estonian_title(as_persona):
    report = make_report()
    response = as_persona("coordinator").post(
        f"/en/guide/stuck-reports/{report.pk}/open/", {f"r{report.pk}-open-title_en": "Long queue"}
    )
    assert response.status_code == 400
    soup = BeautifulSoup(response.content, "html.parser")
    title = soup.find("input", attrs={"name": f"r{report.pk}-open-title_et"})
    assert title["aria-invalid"] == "true"
    assert soup.select_one(f"#{title['id']}_error")
    assert title.find_parent("details").has_attr("open")
    assert not Bottleneck.objects.filter(owner_municipality__slug="tartu-linn", stuck_reports=report).exists()


def test_dismissing_a_report_needs_a_reason_and_is_recorded(as_persona):
    report = make_report()
    client = as_persona("coordinator")
    assert client.post(f"/en/guide/stuck-reports/{report.pk}/dismiss/", {}).status_code == 400
    response = client.post(f"/en/guide/stuck-reports/{report.pk}/dismiss/", {f"r{report.pk}-dismiss-reason": "Test"})
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == StuckStatus.DISMISSED and report.handled_by.username == "koordinaator"
    assert report.history.first().history_change_reason == "Test"


def test_a_report_in_a_bottleneck_is_not_handled_twice(coordinator, bottleneck):
    from django.core.exceptions import ValidationError

    report = make_report()
    stuck.stuck_report_attach(user=coordinator, report=report, bottleneck=bottleneck, reason="")
    with pytest.raises(ValidationError):
        stuck.stuck_report_attach(user=coordinator, report=report, bottleneck=bottleneck, reason="")
    assert Evidence.objects.filter(bottleneck=bottleneck).count() == 1


@pytest.mark.parametrize("persona", ["tartu_editor", "parnu_editor", "facilitator", "member"])
def test_other_roles_are_refused(as_persona, persona, bottleneck):
    report = make_report()
    client = as_persona(persona)
    assert client.get("/en/guide/stuck-reports/").status_code == 403
    assert client.get(group_url()).status_code == 403
    data = {f"r{report.pk}-attach-bottleneck": bottleneck.pk}
    assert client.post(f"/en/guide/stuck-reports/{report.pk}/attach/", data).status_code == 403
    assert client.post(f"/en/guide/stuck-reports/{report.pk}/dismiss/", {"reason": "x"}).status_code == 403
    assert StuckReport.objects.get(pk=report.pk).status == StuckStatus.NEW


def test_anonymous_visitors_are_sent_to_sign_in(as_persona):
    report = make_report()
    client = as_persona("anonymous")
    for url in ("/en/guide/stuck-reports/", group_url()):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/en/login/")
    assert client.post(f"/en/guide/stuck-reports/{report.pk}/dismiss/", {}).status_code == 403


def test_bad_ids_and_methods(as_persona):
    client = as_persona("coordinator")
    assert client.post("/en/guide/stuck-reports/999999/dismiss/", {}).status_code == 404
    assert client.get(f"/en/guide/stuck-reports/{STAGE}/immigrant/tartu-linn/2026-13/").status_code == 404
    assert client.get(f"/en/guide/stuck-reports/{STAGE}/nobody/tartu-linn/2026-12/").status_code == 404
    assert client.get("/en/guide/stuck-reports/1/dismiss/").status_code == 405
    assert client.post("/en/guide/stuck-reports/", {}).status_code == 405


def test_the_month_is_counted_in_estonian_time():
    new_years_eve_in_utc = dt.datetime(2026, 12, 31, 22, 30, tzinfo=dt.UTC)  # already 1 January in Tallinn
    assert stuck.month_of(new_years_eve_in_utc) == dt.date(2027, 1, 1)


@pytest.mark.parametrize(
    "headers",
    [{"HTTP_ORIGIN": "https://elsewhere.example"}, {"HTTP_SEC_FETCH_SITE": "cross-site"}],
)
def test_a_report_sent_from_another_site_is_refused(headers):
    response = Client().post("/uk/guide/stuck/", REPORT, REMOTE_ADDR="198.51.100.7", **headers)
    assert response.status_code == 403
    assert not StuckReport.objects.exists()


def test_a_report_from_the_plan_itself_needs_no_token():
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        "/uk/guide/stuck/", REPORT, HTTP_ORIGIN="http://testserver", HTTP_SEC_FETCH_SITE="same-origin"
    )
    assert response.status_code in (200, 302)
    assert StuckReport.objects.count() == 1
