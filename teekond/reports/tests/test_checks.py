"""Honest check dates: starter content ships unchecked, a coordinator confirms a step or an entry for every
language in one action (kept in the history), and a list shows what has gone longest unchecked."""

import datetime as dt

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from teekond.journey.models import Step
from teekond.spikker.models import Entry, EntrySource

pytestmark = pytest.mark.django_db


def test_no_starter_fact_claims_a_person_checked_it():
    assert not Step.objects.filter(checked__isnull=False).exists()
    assert not Entry.objects.filter(checked__isnull=False).exists()
    assert not EntrySource.objects.filter(checked__isnull=False).exists()


def test_pages_say_a_starter_step_and_entry_are_not_yet_checked(client):
    stage = BeautifulSoup(client.get("/en/journey/stages/residence-registration/").content, "html.parser")
    assert "not yet checked by a person" in stage.select_one("#step-residence-notice").get_text()
    entry = BeautifulSoup(client.get("/en/spikker/shoes-off-indoors/").content, "html.parser")
    assert "not yet checked by a person" in entry.select_one("dl.facts").get_text()


def test_a_coordinator_confirms_a_step_for_every_language_in_one_action(as_persona, coordinator):
    response = as_persona("coordinator").post("/et/journey/steps/residence-notice/confirm/")
    step = Step.objects.get(key="residence-notice")
    assert response.status_code == 302 and response["Location"].endswith("#step-residence-notice")
    assert step.checked == timezone.localdate() and step.checked_by == coordinator
    latest = step.history.latest()
    assert latest.history_user == coordinator and latest.checked == timezone.localdate()
    for language in ("et", "en", "ru", "uk"):
        page = as_persona("anonymous").get(f"/{language}/journey/stages/residence-registration/")
        assert timezone.localdate().strftime("%d.%m.%Y") in page.content.decode()


def test_a_coordinator_confirms_an_entry_and_its_sources_at_once(as_persona, coordinator):
    client = as_persona("coordinator")
    response = client.post("/en/spikker/shoes-off-indoors/confirm/", {"next": "/en/reports/to-check/"})
    assert response.status_code == 302 and response["Location"] == "/en/reports/to-check/"
    entry = Entry.objects.get(key="shoes-off-indoors")
    assert entry.checked == timezone.localdate() and entry.checked_by == coordinator
    assert set(entry.sources.values_list("checked", flat=True)) == {timezone.localdate()}
    assert entry.history.latest().history_user == coordinator
    page = client.get("/ru/spikker/shoes-off-indoors/").content.decode()
    assert timezone.localdate().strftime("%d.%m.%Y") in page


def test_confirming_goes_back_only_to_a_page_of_this_site(as_persona):
    response = as_persona("coordinator").post("/en/spikker/tipping/confirm/", {"next": "https://evil.example/"})
    assert response["Location"] == "/en/spikker/tipping/"


@pytest.mark.parametrize("persona", ["tartu_editor", "parnu_editor", "facilitator", "member", "anonymous"])
def test_only_a_coordinator_confirms(as_persona, persona):
    client = as_persona(persona)
    assert client.post("/en/journey/steps/residence-notice/confirm/").status_code == 403
    assert client.post("/en/spikker/tipping/confirm/").status_code == 403
    assert Step.objects.get(key="residence-notice").checked is None
    assert Entry.objects.get(key="tipping").checked is None


def test_confirming_needs_a_post_and_a_real_record(as_persona):
    client = as_persona("coordinator")
    assert client.get("/en/journey/steps/residence-notice/confirm/").status_code == 405
    assert client.get("/en/spikker/tipping/confirm/").status_code == 405
    assert client.post("/en/journey/steps/no-such-step/confirm/").status_code == 404
    assert client.post("/en/spikker/no-such-entry/confirm/").status_code == 404


def test_the_list_puts_what_has_gone_longest_unchecked_first(as_persona):
    Step.objects.filter(key="residence-notice").update(checked=dt.date(2026, 1, 5))
    Entry.objects.filter(key="tipping").update(checked=dt.date(2025, 6, 1))
    Step.objects.exclude(key="residence-notice").update(checked=dt.date(2027, 1, 1))
    Entry.objects.exclude(key="tipping").update(checked=dt.date(2027, 1, 1))
    Entry.objects.filter(key="shoes-off-indoors").update(checked=None)
    soup = BeautifulSoup(as_persona("coordinator").get("/en/reports/to-check/").content, "html.parser")
    rows = [row.select("td") for row in soup.select("tbody tr")]
    first_three = [(cells[0].get_text(strip=True), cells[2].get_text(strip=True)) for cells in rows[:3]]
    title = lambda entry_key: Entry.objects.get(key=entry_key).text("en").title  # noqa: E731
    assert first_three == [
        (title("shoes-off-indoors"), "never"),
        (title("tipping"), "01.06.2025"),  # the spikker entry checked longest ago
        (Step.objects.get(key="residence-notice").text("en").title, "05.01.2026"),
    ]
    assert "1 item has never been checked by a person." in soup.get_text()
    forms = rows[0][3].select("form")
    assert forms[0]["action"] == "/en/spikker/shoes-off-indoors/confirm/"


@pytest.mark.parametrize("persona", ["tartu_editor", "facilitator", "member"])
def test_the_list_is_for_coordinators(as_persona, persona):
    assert as_persona(persona).get("/en/reports/to-check/").status_code == 403
    anonymous = as_persona("anonymous").get("/en/reports/to-check/")
    assert anonymous.status_code == 302 and "/login/" in anonymous["Location"]
    assert as_persona("coordinator").post("/en/reports/to-check/").status_code == 405


def test_the_migrations_forget_check_dates_the_seed_set_but_keep_a_persons(coordinator):
    from importlib import import_module

    from django.apps import apps

    from teekond.network.models import PartnerAgreement

    seeded = dt.date(2026, 11, 27)
    Step.objects.update(checked=seeded)
    confirmed = Step.objects.get(key="residence-notice")
    confirmed.checked_by = coordinator
    confirmed._history_user = coordinator
    confirmed.save()
    EntrySource.objects.update(checked=seeded)
    PartnerAgreement.objects.update(source_checked=seeded)

    import_module("teekond.journey.migrations.0004_checked_by_a_person").forget_seed_check_dates(apps, None)
    import_module("teekond.spikker.migrations.0004_checked_by_a_person").honest_dates_and_audiences(
        apps, None
    )
    import_module("teekond.network.migrations.0003_names_in_other_languages_and_workshops").honest_seed_facts(
        apps, None
    )

    assert list(Step.objects.filter(checked__isnull=False).values_list("key", flat=True)) == ["residence-notice"]
    assert not EntrySource.objects.filter(checked__isnull=False).exists()
    assert not PartnerAgreement.objects.filter(source_checked__isnull=False).exists()


def test_the_admin_confirms_steps_but_never_sets_a_date_by_hand(as_persona, coordinator):
    client = as_persona("coordinator")
    steps = list(Step.objects.filter(stage__slug="benefits").values_list("pk", flat=True))
    response = client.post(
        "/admin/journey/step/", {"action": "confirm_still_valid", "_selected_action": steps}, follow=True
    )
    assert response.status_code == 200
    assert set(Step.objects.filter(pk__in=steps).values_list("checked", "checked_by")) == {
        (timezone.localdate(), coordinator.pk)
    }
    page = client.get(f"/admin/journey/step/{steps[0]}/change/").content.decode()
    assert 'name="checked"' not in page  # read-only: only a confirmation sets it
