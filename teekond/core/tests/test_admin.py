"""Staff use the Django admin in Estonian; every shared record keeps its history; rules apply there too."""

import pytest

from teekond.network.models import Municipality, PartnerAgreement

pytestmark = pytest.mark.django_db

SHARED_RECORDS = [
    "municipality",
    "partneragreement",
    "organisation",
    "person",
    "workinggroup",
    "workinggroupmembership",
    "event",
]


def test_admin_is_in_estonian_whatever_the_browser_prefers(as_persona):
    response = as_persona("coordinator").get("/admin/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="et"' in html
    assert "Teekonna haldus" in html and "Logi välja" in html


@pytest.mark.parametrize("model", SHARED_RECORDS)
def test_every_shared_record_has_a_change_history_page(as_persona, model):
    client = as_persona("coordinator")
    record = {"municipality": Municipality, "partneragreement": PartnerAgreement}.get(model)
    if record is None:
        assert client.get(f"/admin/network/{model}/").status_code == 200
        return
    obj = record.objects.first()
    assert client.get(f"/admin/network/{model}/{obj.pk}/history/").status_code == 200


def test_history_records_who_changed_what_and_why(as_persona, coordinator):
    client = as_persona("coordinator")
    tartu = Municipality.objects.get(slug="tartu-linn")
    client.post(
        "/et/municipalities/tartu-linn/edit/",
        {
            "website": "https://www.tartu.ee",
            "email": "",
            "phone": "",
            "address": "",
            "contact_checked": "",
            "reason": "checked on the city's site",
        },
    )
    latest = tartu.history.first()
    assert (latest.website, latest.history_user, latest.history_change_reason) == (
        "https://www.tartu.ee",
        coordinator,
        "checked on the city's site",
    )
    page = client.get(f"/admin/network/municipality/{tartu.pk}/history/").content.decode()
    assert "checked on the city&#x27;s site" in page or "checked on the city's site" in page


@pytest.mark.parametrize("persona", ["tartu_editor", "facilitator", "member"])
def test_other_roles_cannot_change_records_in_the_admin(as_persona, persona):
    parnu = Municipality.objects.get(slug="parnu-linn")
    response = as_persona(persona).post(f"/admin/network/municipality/{parnu.pk}/change/", {"name": "Muudetud"})
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert Municipality.objects.get(pk=parnu.pk).name == "Pärnu linn"


def test_the_admin_is_for_coordinators_even_when_an_editor_has_staff_access(tartu_editor, client):
    """The admin writes records directly, past the services' checks: editors work on the site instead."""
    tartu_editor.is_staff = True
    tartu_editor.save()
    client.force_login(tartu_editor)
    tartu = Municipality.objects.get(slug="tartu-linn")
    assert client.get(f"/admin/network/municipality/{tartu.pk}/change/").status_code == 403
    response = client.post(f"/admin/network/municipality/{tartu.pk}/change/", {"name": "Muudetud"})
    assert response.status_code == 403 and Municipality.objects.get(pk=tartu.pk).name == "Tartu linn"
    assert client.get("/et/municipalities/tartu-linn/edit/").status_code == 200
