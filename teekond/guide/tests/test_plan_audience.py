"""A returnee's plan leaves out the newcomer's primer (shoes off, "Tere"): each spikker entry says whom it is
written for, as data, and the plan reads it — no special case for returnees in the code."""

import pytest
from bs4 import BeautifulSoup

from teekond.spikker.models import Entry

pytestmark = pytest.mark.django_db

PRIMER = ["shoes-off-indoors", "greeting-tere-handshake"]


def linked_entries(client, situation: str) -> set[str]:
    response = client.get(f"/en/guide/tartu-linn/?situation={situation}&children=1")
    soup = BeautifulSoup(response.content, "html.parser")
    return {link["href"].split("/")[-2] for link in soup.select(".plan-rules a")}


def test_a_returnee_does_not_get_the_newcomer_primer(client):
    returnee, immigrant = linked_entries(client, "returnee"), linked_entries(client, "third-country")
    assert set(PRIMER) <= immigrant
    assert not set(PRIMER) & returnee
    assert "returnee-things-have-changed" in returnee  # the rules written for returnees stay


def test_the_audience_is_data_an_editor_can_change(client):
    Entry.objects.filter(key="shoes-off-indoors").update(situations=[])
    assert "shoes-off-indoors" in linked_entries(client, "returnee")
    Entry.objects.filter(key="returnee-things-have-changed").update(situations=["returnee"])
    assert "returnee-things-have-changed" not in linked_entries(client, "eu")


def test_the_starter_file_and_the_export_carry_the_audience():
    from teekond.spikker.exchange import export_data, validate

    exported = {item["key"]: item for item in export_data()["entries"]}
    assert exported["shoes-off-indoors"]["situations"] == ["eu", "third-country", "temporary-protection"]
    assert exported["tipping"]["situations"] == ["eu", "third-country", "temporary-protection"]
    assert exported["family-doctor-list"]["situations"] == []
    bad = {"entries": [{**exported["tipping"], "situations": ["tourist"]}]}
    assert validate(bad) == [
        "entries[0] tipping: field 'situations': unknown situation 'tourist' "
        "(known: eu, third-country, temporary-protection, returnee)"
    ]


def test_an_editor_sets_the_audience_in_the_entry_form(as_persona):
    from teekond.spikker.tests.editing_helpers import form_data, soup_of

    editor = as_persona("coordinator")
    form = form_data(soup_of(editor.get("/en/spikker/tipping/edit/")))
    assert form["situations"] == ["eu", "third-country", "temporary-protection"]  # shown as saved
    form["situations"] = ["eu", "third-country", "temporary-protection", "returnee"]
    assert editor.post("/en/spikker/tipping/edit/", form).status_code == 302
    assert Entry.objects.get(key="tipping").situations == ["eu", "third-country", "temporary-protection", "returnee"]
    form["situations"] = ["tourist"]
    response = editor.post("/en/spikker/tipping/edit/", form)
    assert response.status_code == 200 and "tourist" in response.content.decode()
