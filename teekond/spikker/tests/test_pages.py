"""Reading the spikker: by life area and stage, an entry in the reader's language or a marked fallback."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from teekond.core.translation import save_text
from teekond.spikker.models import Entry, EntryStatus, EntryText, LifeArea

pytestmark = pytest.mark.django_db


@pytest.fixture
def reflector():
    item = Entry.objects.create(
        key="wear-a-reflector", area=LifeArea.objects.get(key="public-space"), status=EntryStatus.PUBLISHED
    )
    save_text(
        item,
        language="et",
        title="Pimedal ajal kanna helkurit",
        rule="Helkur peab olema nähtav.",
        examples=["Helkur ripub jope küljes."],
    )
    save_text(item, language="en", title="Wear a reflector in the dark", rule="Wear a reflector.")
    item.stages.set([])
    return item


def test_index_groups_published_entries_by_area(client, reflector):
    Entry.objects.create(key="hidden-draft", area=reflector.area).texts.create(language="et", title="Mustand")
    soup = BeautifulSoup(client.get("/en/spikker/").content, "html.parser")
    titles = [a.get_text() for a in soup.select(".card h3 a")]
    assert "Wear a reflector in the dark" in titles and "Mustand" not in titles
    assert soup.find("h2", id="area-public-space")


def test_entry_in_the_readers_language(client, reflector):
    soup = BeautifulSoup(client.get("/en/spikker/wear-a-reflector/").content, "html.parser")
    assert soup.h1.get_text() == "Wear a reflector in the dark"
    assert soup.find("a", hreflang="et")["href"] == "/et/spikker/wear-a-reflector/"


def test_a_missing_language_falls_back_with_a_notice_and_lang(client, reflector):
    response = client.get("/uk/spikker/wear-a-reflector/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("article")["lang"] == "et"
    assert soup.h1.get_text() == "Pimedal ajal kanna helkurit"
    assert soup.select_one("article .notice")["lang"] == "uk"


def test_unpublished_entries_are_not_public(client, as_persona, reflector):
    reflector.status = EntryStatus.DRAFT
    reflector.save()
    assert client.get("/en/spikker/wear-a-reflector/").status_code == 404
    response = as_persona("coordinator").get("/en/spikker/wear-a-reflector/")
    assert response.status_code == 200 and b"Not public" in response.content


def test_unknown_entries_answer_404(client):
    assert client.get("/en/spikker/no-such-rule/").status_code == 404


def test_the_index_narrows_to_one_situation_and_families_without_children(client):
    def listed(query):
        soup = BeautifulSoup(client.get(f"/en/spikker/?{query}").content, "html.parser")
        return {link["href"].split("/")[-2] for link in soup.select(".card h3 a")}

    everything = listed("")
    protection = listed("situation=temporary-protection")
    assert "temporary-protection-renewal-on-time" in protection and "returnee-things-have-changed" not in protection
    assert "greeting-tere-handshake" in protection  # a rule for every immigrant
    assert "kindergarten-queue-early" in protection and "kindergarten-queue-early" not in listed("children=0")
    assert protection < everything


def test_a_filter_that_matches_nothing_says_so_and_offers_every_rule(client):
    Entry.objects.filter(stages__slug="legal-basis").update(status=EntryStatus.DRAFT)
    soup = BeautifulSoup(client.get("/en/spikker/?stage=legal-basis").content, "html.parser")
    assert soup.select_one(".empty").get_text() == "No rule matches these choices."
    assert soup.find("a", string="Show every rule")["href"] == "/en/spikker/"


@pytest.mark.parametrize("query", ["stage=moon", "situation=tourist", "children=2"])
def test_unknown_filters_answer_404(client, query):
    assert client.get(f"/en/spikker/?{query}").status_code == 404


def test_translation_states_of_2000_entries_take_a_constant_number_of_queries():
    area = LifeArea.objects.get(key="home")
    entries = Entry.objects.bulk_create(
        Entry(key=f"rule-{n}", area=area, source_version=1 + n % 2) for n in range(2000)
    )
    EntryText.objects.bulk_create(
        [EntryText(entry=e, language="et", title=f"Reegel {e.key}") for e in entries]
        + [EntryText(entry=e, language="en", title=f"Rule {e.key}", made_from_version=1) for e in entries[::2]]
    )
    with CaptureQueriesContext(connection) as queries:
        states = [
            e.translation_states() for e in Entry.objects.filter(key__startswith="rule-").prefetch_related("texts")
        ]
    assert len(states) == 2000 and len(queries) == 2
    assert sum(1 for s in states if s["en"] == "up_to_date") == 1000


def test_journey_stage_page_lists_its_published_rules(client):
    soup = BeautifulSoup(client.get("/en/journey/stages/residence-registration/").content, "html.parser")
    heading = soup.find("h2", string="Unwritten rules for this stage")
    links = [a["href"] for a in heading.find_next("ul").select("a")]
    assert "/en/spikker/residence-registration-opens-services/" in links
    assert soup.find("a", href="/en/spikker/?stage=residence-registration")


def test_seed_fills_an_empty_search_index_once():
    from teekond.search.models import SearchDocument
    from teekond.spikker.search import search_entries
    from teekond.spikker.seed import load_seed

    SearchDocument.objects.all().delete()
    assert search_entries("kingad", "et") == []
    load_seed()
    assert search_entries("kingad", "et")[0].entry.key == "shoes-off-indoors"
