"""Local services: municipality editors keep their own, coordinators keep all; what is stale is listed
for checking; the starter data comes from the brief with its sources and is loaded only once."""

import datetime as dt

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from teekond.conftest import PERSONAS
from teekond.guide.models import LocalService, LocalServiceText
from teekond.guide.services.local import local_service_delete, local_service_save

pytestmark = pytest.mark.django_db

KEEP_TARTU = {"coordinator", "tartu_editor"}
TEXT_LANGUAGES = ("et", "en", "ru", "uk")


def edit_url(service, language="en"):
    return f"/{language}/guide/local/{service.municipality.slug}/{service.step.key}/"


def form_data(service: LocalService | None = None, **changes) -> dict:
    """The edit form as it stands for `service` (all four languages of notes), with `changes` on top."""
    data = {
        "office_name": "",
        "address": "",
        "opening_hours": "",
        "phone": "",
        "email": "",
        "website": "",
        "source": "",
        "checked": "",
        "reason": "",
        **{f"notes_{code}": "" for code in TEXT_LANGUAGES},
    }
    if service is not None:
        data.update({name: getattr(service, name) for name in ("office_name", "address", "opening_hours", "phone")})
        data.update(email=service.email, website=service.website, source=service.source)
        data.update(checked=service.checked.isoformat() if service.checked else "", languages=service.languages)
        data.update({f"notes_{code}": row.notes for code, row in service.texts_by_language().items()})
    data.update(changes)
    return data


def snapshot():
    return list(LocalService.objects.order_by("pk").values()), list(LocalServiceText.objects.order_by("pk").values())


# Who may keep which municipality's services


@pytest.mark.parametrize("persona", PERSONAS)
def test_only_the_municipalitys_keepers_open_its_services_page(as_persona, persona):
    response = as_persona(persona).get("/en/guide/local/tartu-linn/")
    if persona in KEEP_TARTU:
        assert response.status_code == 200
        assert "Tartu välismaalaste teenuskeskus" in response.content.decode()
    elif persona == "anonymous":
        assert response.status_code == 302 and reverse("login") in response["Location"]
    else:
        assert response.status_code == 403


def test_the_tartu_editor_edits_a_tartu_service_and_the_history_says_who_and_why(
    as_persona, tartu_editor, tartu_registration
):
    data = form_data(
        tartu_registration,
        phone="+372 736 1100",
        languages=["et", "en", "ru"],
        checked="2026-11-01",
        reason="Phoned the centre",
    )
    response = as_persona("tartu_editor").post(edit_url(tartu_registration), data)
    assert response.status_code == 302 and response["Location"] == "/en/guide/local/tartu-linn/"
    tartu_registration.refresh_from_db()
    assert tartu_registration.phone == "+372 736 1100"
    assert tartu_registration.languages == ["et", "en", "ru"]
    assert tartu_registration.checked == dt.date(2026, 11, 1)
    latest = tartu_registration.history.latest()
    assert latest.history_user == tartu_editor
    assert latest.history_change_reason == "Phoned the centre"


def test_the_tartu_editor_may_not_touch_a_parnu_service(as_persona, parnu_registration):
    client = as_persona("tartu_editor")
    before = snapshot()
    assert client.get(edit_url(parnu_registration)).status_code == 403
    assert client.post(edit_url(parnu_registration), form_data(parnu_registration, phone="1")).status_code == 403
    assert client.post(edit_url(parnu_registration) + "delete/").status_code == 403
    assert client.get("/en/guide/local/parnu-linn/").status_code == 403
    assert client.get("/en/guide/local/parnu-linn/family-doctor/").status_code == 403
    assert snapshot() == before


def test_the_service_itself_refuses_another_municipalitys_editor(tartu_editor, parnu_registration):
    with pytest.raises(PermissionDenied):
        local_service_save(
            user=tartu_editor,
            municipality=parnu_registration.municipality,
            step=parnu_registration.step,
            service=parnu_registration,
            fields={"phone": "1"},
            texts={},
        )
    with pytest.raises(PermissionDenied):
        local_service_delete(user=tartu_editor, service=parnu_registration)


def test_the_coordinator_edits_any_municipalitys_service(as_persona, coordinator, parnu_registration):
    data = form_data(parnu_registration, address="Suur-Sepa 16", reason="From the town")
    assert as_persona("coordinator").post(edit_url(parnu_registration), data).status_code == 302
    parnu_registration.refresh_from_db()
    assert parnu_registration.address == "Suur-Sepa 16"
    assert parnu_registration.history.latest().history_user == coordinator


def test_an_editor_adds_a_service_for_a_step_chosen_from_the_list(as_persona, tartu_editor):
    client = as_persona("tartu_editor")
    response = client.get("/en/guide/local/tartu-linn/new/", {"step": "family-doctor"})
    assert response.status_code == 302 and response["Location"] == "/en/guide/local/tartu-linn/family-doctor/"
    data = form_data(office_name="Tartu linn", notes_et="Küsi perearsti nimekirja kohta linnast.", reason="New")
    assert client.post(response["Location"], data).status_code == 302
    service = LocalService.objects.get(municipality__slug="tartu-linn", step__key="family-doctor")
    assert service.text("et").notes == "Küsi perearsti nimekirja kohta linnast."
    assert service.history.get().history_user == tartu_editor


def test_the_step_chooser_offers_only_steps_without_a_service(as_persona):
    soup = BeautifulSoup(as_persona("tartu_editor").get("/en/guide/local/tartu-linn/").content, "html.parser")
    offered = {option["value"] for option in soup.select("#id_step option")}
    assert "family-doctor" in offered and "residence-notice" not in offered
    assert soup.select_one("label[for=id_step]") is not None


def test_an_unknown_municipality_or_step_is_not_found(as_persona):
    client = as_persona("coordinator")
    assert client.get("/en/guide/local/no-such-town/").status_code == 404
    assert client.get("/en/guide/local/tartu-linn/no-such-step/").status_code == 404
    assert client.get("/en/guide/local/tartu-linn/new/", {"step": "no-such-step"}).status_code == 404
    assert client.get("/en/guide/local/tartu-linn/family-doctor/delete/").status_code == 404


def test_wrong_http_methods_are_refused(as_persona, tartu_registration):
    client = as_persona("coordinator")
    assert client.post("/en/guide/local/tartu-linn/").status_code == 405
    assert client.post("/en/guide/local/to-check/").status_code == 405
    assert client.put(edit_url(tartu_registration)).status_code == 405


@pytest.mark.parametrize(
    "path",
    [
        "/en/guide/local/tartu-linn/",
        "/en/guide/local/tartu-linn/residence-notice/",
        "/en/guide/local/tartu-linn/residence-notice/delete/",
        "/en/guide/local/to-check/",
    ],
)
def test_anonymous_readers_are_sent_to_sign_in_and_anonymous_writes_refused(client, path):
    response = client.get(path)
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
    if not path.endswith("to-check/") and path != "/en/guide/local/tartu-linn/":
        assert client.post(path, {"office_name": "x"}).status_code == 403


# Deleting


def test_delete_asks_first_then_deletes_and_keeps_the_history(as_persona, tartu_editor, tartu_registration):
    client = as_persona("tartu_editor")
    url = edit_url(tartu_registration) + "delete/"
    confirmation = client.get(url)
    assert confirmation.status_code == 200 and LocalService.objects.filter(pk=tartu_registration.pk).exists()
    assert BeautifulSoup(confirmation.content, "html.parser").select_one("form[method=post] label[for=id_reason]")
    response = client.post(url, {"reason": "The centre moved"})
    assert response.status_code == 302 and response["Location"] == "/en/guide/local/tartu-linn/"
    assert not LocalService.objects.filter(pk=tartu_registration.pk).exists()
    deleted = LocalService.history.filter(id=tartu_registration.pk).latest()
    assert deleted.history_type == "-"
    assert (deleted.history_user, deleted.history_change_reason) == (tartu_editor, "The centre moved")


# Validation


def test_a_bad_address_is_shown_next_to_its_field_in_the_readers_language(as_persona, tartu_registration):
    before = snapshot()
    data = form_data(tartu_registration, email="not-an-address", website="no url")
    response = as_persona("tartu_editor").post(edit_url(tartu_registration, "et"), data)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    email = soup.select_one("#id_email")
    assert "id_email_error" in email["aria-describedby"].split() and email.get("aria-invalid") == "true"
    assert soup.select_one("#id_email_error").get_text() == "Sisestage korrektne e-posti aadress."
    assert soup.select_one("#id_website_error") is not None
    assert snapshot() == before


@pytest.mark.parametrize(
    "changes, field, message",
    [
        ({"office_name": ""}, "office_name", "This field is required"),
        ({"checked": "2999-01-01"}, "checked", "cannot be in the future"),
        ({"notes_et": "", "notes_en": "Only English"}, "notes_et", "Write the Estonian notes first"),
        ({"languages": ["xx"]}, "languages", "Select a valid choice"),
        ({"source": "somewhere"}, "source", "Enter a valid URL"),
    ],
)
def test_bad_input_gets_a_clear_message_and_changes_nothing(as_persona, tartu_registration, changes, field, message):
    before = snapshot()
    response = as_persona("tartu_editor").post(edit_url(tartu_registration), form_data(tartu_registration, **changes))
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one(f"#id_{field}_error") is not None
    assert snapshot() == before


def test_every_problem_is_shown_at_once(as_persona, tartu_registration):
    data = form_data(tartu_registration, office_name="", checked="2999-01-01", notes_et="", notes_en="Only English")
    response = as_persona("tartu_editor").post(edit_url(tartu_registration), data)
    assert {"office_name", "checked", "notes_et"} <= set(response.context["form"].errors)


def test_the_service_checks_languages_and_fields_for_any_caller(coordinator, tartu_registration):
    before = snapshot()
    with pytest.raises(ValidationError) as raised:
        local_service_save(
            user=coordinator,
            municipality=tartu_registration.municipality,
            step=tartu_registration.step,
            service=tartu_registration,
            fields={"languages": ["klingon"], "email": "nope", "office_name": ""},
            texts={},
        )
    assert {"languages", "email", "office_name"} <= set(raised.value.message_dict)
    assert snapshot() == before
    with pytest.raises(ValueError):
        local_service_save(
            user=coordinator,
            municipality=tartu_registration.municipality,
            step=tartu_registration.step,
            service=tartu_registration,
            fields={"municipality": None},
            texts={},
        )


def test_the_languages_served_are_checkboxes_in_a_fieldset_named_in_the_readers_language(
    as_persona, tartu_registration
):
    soup = BeautifulSoup(as_persona("tartu_editor").get(edit_url(tartu_registration, "et")).content, "html.parser")
    fieldset = soup.select_one("input[name=languages]").find_parent("fieldset")
    assert fieldset.legend.get_text(strip=True)
    labels = [label.get_text(strip=True) for label in fieldset.select("label")]
    assert labels[:2] == ["eesti keel", "inglise keel"] and "soome keel" in labels
    notes_uk = soup.select_one("#id_notes_uk")
    assert notes_uk["lang"] == "uk" and notes_uk.find_parent("fieldset").legend.span["lang"] == "uk"


# Notes per language


def test_a_major_estonian_edit_outdates_the_translations_and_a_minor_one_does_not(as_persona, tartu_registration):
    client = as_persona("tartu_editor")
    minor = form_data(tartu_registration, notes_et=tartu_registration.text("et").notes + " ", minor="on")
    assert client.post(edit_url(tartu_registration), minor).status_code == 302
    tartu_registration.refresh_from_db()
    assert tartu_registration.translation_states()["en"] == "up_to_date"
    major = form_data(tartu_registration, notes_et="Elukoha saab registreerida ainult aja broneerimisel.")
    assert client.post(edit_url(tartu_registration), major).status_code == 302
    tartu_registration.refresh_from_db()
    assert tartu_registration.translation_states() == {
        "et": "source",
        "en": "outdated",
        "ru": "outdated",
        "uk": "outdated",
    }


def test_notes_are_read_in_the_readers_language_with_a_marked_fallback(as_persona, tartu_registration):
    client = as_persona("tartu_editor")
    english = tartu_registration.text("en").notes
    assert english in client.get("/en/guide/local/tartu-linn/").content.decode()
    LocalServiceText.objects.filter(service=tartu_registration, language="uk").delete()
    shown = tartu_registration.text("uk")
    assert shown.is_fallback and shown.language == "et"
    soup = BeautifulSoup(client.get("/uk/guide/local/tartu-linn/").content, "html.parser")
    fallback = soup.find("span", lang="et", string=tartu_registration.text("et").notes)
    assert fallback is not None
