"""The guide's chooser, and what a wrong plan address is answered with."""

import pytest

from teekond.guide.tests.test_plan import TARTU_UK, soup_of
from teekond.network.models import Municipality

pytestmark = pytest.mark.django_db


# The chooser and bad addresses


def test_the_chooser_lists_all_municipalities_partners_first(client):
    soup = soup_of(client, "/en/guide/")
    groups = soup.select("#id_municipality optgroup")
    assert "tartu-linn" in [option["value"] for option in groups[0].select("option")]
    assert len(soup.select("#id_municipality optgroup option")) == Municipality.objects.count() == 79
    assert soup.select_one("fieldset legend").get_text(strip=True) == "Your situation"
    assert len(soup.select('fieldset input[type="radio"][name="situation"]')) == 4
    assert soup.select_one('label[for="id_children"]') and soup.select_one('input#id_arrival[type="date"]')


def test_the_chooser_sends_the_reader_to_their_plans_address(client):
    response = client.get(
        "/uk/guide/?municipality=tartu-linn&situation=temporary-protection&children=1&arrival=2026-12-01"
    )
    assert response.status_code == 302
    assert response["Location"] == TARTU_UK
    response = client.get("/en/guide/?municipality=tartu-linn&situation=eu")
    assert response["Location"] == "/en/guide/tartu-linn/?situation=eu&children=0"


def test_the_chooser_tells_what_is_missing_next_to_the_field(client):
    soup = soup_of(client, "/en/guide/?municipality=&situation=eu", status=400)
    assert soup.select_one("#id_municipality_error").get_text() == "Choose your municipality."
    assert "id_municipality_error" in soup.select_one("#id_municipality")["aria-describedby"]


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        ("situation=tourist&children=1", "situation", "Choose one of the situations listed."),
        ("children=1", "situation", "Choose your situation."),
        ("situation=eu&arrival=2026-13-45", "arrival", "Enter the date as a calendar date, for example 2026-12-01."),
        ("situation=eu&arrival=yesterday", "arrival", "Enter the date as a calendar date, for example 2026-12-01."),
        ("situation=eu&children=maybe", "children", "Say whether children come along with yes or no."),
    ],
)
def test_a_bad_plan_address_shows_the_chooser_with_the_message_next_to_the_field(client, query, field, message):
    soup = soup_of(client, f"/en/guide/tartu-linn/?{query}", status=400)
    error = soup.select_one(f"#id_{field}_error")
    assert error.get_text() == message
    assert error.find_parent(class_="field").select_one(f'[name="{field}"]')
    assert soup.select_one("#id_municipality option[selected]")["value"] == "tartu-linn"
    assert soup.select_one(".form-errors[role=alert]")


def test_the_situation_error_is_tied_to_its_fieldset(client):
    soup = soup_of(client, "/en/guide/tartu-linn/?situation=tourist", status=400)
    assert soup.select_one("fieldset")["aria-describedby"] == "id_situation_error"
    assert soup.select_one("fieldset #id_situation_error")


def test_the_arrival_error_is_tied_to_its_field(client):
    soup = soup_of(client, "/en/guide/tartu-linn/?situation=eu&arrival=2026-02-30", status=400)
    field = soup.select_one("#id_arrival")
    assert field["aria-invalid"] == "true" and "id_arrival_error" in field["aria-describedby"]


def test_an_unknown_municipality_is_not_found(client):
    for suffix in ("", "plan.pdf", "deadlines.ics"):
        assert client.get(f"/en/guide/atlantis/{suffix}?situation=eu").status_code == 404


def test_the_documents_refuse_a_bad_address_like_the_page(client):
    assert client.get("/en/guide/tartu-linn/plan.pdf?situation=tourist").status_code == 400
    assert client.get("/en/guide/tartu-linn/deadlines.ics?situation=eu&arrival=soon").status_code == 400


def test_the_guide_answers_only_get(client):
    assert client.post(TARTU_UK).status_code == 405
    assert client.post("/en/guide/").status_code == 405
