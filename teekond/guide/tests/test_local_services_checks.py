"""Local services: what is stale is listed for checking, the municipality page links to them for their
keepers, and the starter data comes from the brief with its sources and is loaded only once."""

import datetime as dt

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from teekond.conftest import PERSONAS
from teekond.core.dates import add_months
from teekond.guide.models import LocalService
from teekond.guide.selectors import local as local_selectors
from teekond.guide.services import seed
from teekond.guide.services.local import local_service_delete, local_service_save
from teekond.guide.tests.test_local_services import KEEP_TARTU

pytestmark = pytest.mark.django_db


# The "to check" list


def test_stale_and_never_checked_services_are_listed_to_check_and_fresh_ones_are_not(
    as_persona, tartu_editor, parnu_registration
):
    today = timezone.localdate()
    tartu = LocalService.objects.filter(municipality__slug="tartu-linn")
    stale, fresh, never = (
        tartu.get(step__key=key) for key in ("school-place", "kindergarten-place", "residence-notice")
    )
    LocalService.objects.filter(pk=stale.pk).update(checked=add_months(today, -7))
    LocalService.objects.filter(pk=fresh.pk).update(checked=today - dt.timedelta(days=1))
    assert never.checked is None

    groups = dict(local_selectors.services_to_check(tartu_editor, today))
    listed = {service.pk for services in groups.values() for service in services}
    assert {stale.pk, never.pk} <= listed and fresh.pk not in listed
    assert [place.slug for place in groups] == ["tartu-linn"]

    page = as_persona("tartu_editor").get("/en/guide/local/to-check/")
    text = page.content.decode()
    assert page.status_code == 200 and "never checked" in text
    assert add_months(today, -7).strftime("%d.%m.%Y") in text
    assert "Pärnu linn" not in text


def test_the_coordinators_list_covers_every_municipality_grouped(as_persona, parnu_registration):
    soup = BeautifulSoup(as_persona("coordinator").get("/en/guide/local/to-check/").content, "html.parser")
    headings = [h2.get_text(strip=True) for h2 in soup.select("main h2")]
    assert {"Tartu linn", "Pärnu linn", "Tallinn"} <= set(headings)
    assert headings == sorted(headings)


@pytest.mark.parametrize("persona", ["facilitator", "member"])
def test_people_who_keep_no_services_have_no_list_to_check(as_persona, persona):
    assert as_persona(persona).get("/en/guide/local/to-check/").status_code == 403


# The municipality page links to the services for those who keep them


@pytest.mark.parametrize("persona", PERSONAS)
def test_the_municipality_page_links_to_its_local_services_for_its_keepers(as_persona, persona):
    soup = BeautifulSoup(as_persona(persona).get("/en/municipalities/tartu-linn/").content, "html.parser")
    has_link = soup.select_one('a[href="/en/guide/local/tartu-linn/"]') is not None
    assert has_link == (persona in KEEP_TARTU)


# Starter data


def test_starter_services_come_from_the_brief_with_their_source_and_no_invented_date():
    services = list(LocalService.objects.prefetch_related("texts").select_related("municipality"))
    assert {service.municipality.slug for service in services} == {
        "tallinn",
        "tartu-linn",
        "saaremaa-vald",
        "haapsalu-linn",
    }
    for service in services:
        assert service.source.startswith("https://"), service
        assert service.checked is None
        assert service.text("et").notes and not service.text("et").is_fallback
        assert (service.address, service.opening_hours, service.phone, service.email) == ("", "", "", "")
    migration_centre = LocalService.objects.get(municipality__slug="tallinn", step__key="kov-adaptation-counselling")
    assert migration_centre.office_name == "Tallinna Rändekeskus"
    assert "Kalamaja" in migration_centre.text("en").notes


def test_the_seed_is_idempotent_keeps_edits_and_does_not_bring_back_deleted_services(coordinator, tartu_registration):
    count = LocalService.objects.count()
    assert seed.load_seed() == {"local services": 0}
    local_service_save(
        user=coordinator,
        municipality=tartu_registration.municipality,
        step=tartu_registration.step,
        service=tartu_registration,
        fields={"office_name": "Tartu Welcome Centre, new office"},
        texts={"et": {"notes": "Uus tekst."}, "en": {"notes": ""}},
    )
    kindergarten = LocalService.objects.get(municipality__slug="tartu-linn", step__key="kindergarten-place")
    local_service_delete(user=coordinator, service=kindergarten)
    assert seed.load_seed() == {"local services": 0}
    tartu_registration.refresh_from_db()
    assert tartu_registration.office_name == "Tartu Welcome Centre, new office"
    assert tartu_registration.text("et").notes == "Uus tekst."
    assert tartu_registration.text("en").is_fallback  # the editor removed the English notes; the seed left it so
    assert LocalService.objects.count() == count - 1


def test_the_seed_fills_in_a_starter_service_that_was_never_loaded():
    LocalService.history.all().delete()
    LocalService.objects.filter(municipality__slug="haapsalu-linn").delete()
    LocalService.history.filter(municipality__slug="haapsalu-linn").delete()
    assert seed.load_seed() == {"local services": 1}
    cafe = LocalService.objects.get(municipality__slug="haapsalu-linn")
    assert cafe.step.key == "returnee-experience-cafe"
    assert cafe.history.get().history_change_reason == seed.STARTER_REASON
