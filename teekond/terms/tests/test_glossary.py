"""The public glossary per language, and the terms a translator sees beside the Estonian source."""

import pytest
from bs4 import BeautifulSoup

from teekond.core.translation import save_text
from teekond.spikker.models import Entry
from teekond.terms.models import Concept

pytestmark = pytest.mark.django_db


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("language", ["et", "en", "ru", "uk"])
def test_the_glossary_lists_every_concept_in_the_readers_language(client, language):
    soup = soup_of(client.get(f"/{language}/terms/"))
    entries = soup.select("article.glossary-entry")
    assert len(entries) == Concept.objects.count()
    tervisekassa = soup.select_one("#tervisekassa")
    assert tervisekassa.h3.get_text() == Concept.objects.get(key="tervisekassa").text(language).term
    every_language = {span["lang"]: span.get_text() for span in tervisekassa.select(".glossary-terms span[lang]")}
    assert every_language == {"et": "Tervisekassa", "en": "Estonian Health Insurance Fund", "ru": "Касса здоровья",
                              "uk": "Каса здоров’я"}  # fmt: skip


def test_the_reader_sees_the_words_not_to_use_in_their_language(client):
    russian = soup_of(client.get("/ru/terms/")).select_one("#tervisekassa .glossary-flagged").get_text()
    assert "Больничная касса" in russian and "Лікарняна каса" not in russian
    ukrainian = soup_of(client.get("/uk/terms/")).select_one("#municipality")
    assert ukrainian.select_one(".glossary-flagged del[lang=uk]").get_text() == "самоврядування"
    related = [a["href"] for a in soup_of(client.get("/en/terms/")).select("#tervisekassa a")]
    assert "#health-insurance" in related


def test_the_glossary_is_public_and_read_only(as_persona):
    for persona in ("anonymous", "member", "coordinator"):
        assert as_persona(persona).get("/et/terms/").status_code == 200
    assert as_persona("coordinator").post("/et/terms/").status_code == 405
    assert as_persona("anonymous").get("/et/terms/no-such/").status_code == 404


def test_a_translator_sees_the_terms_of_the_estonian_source(as_persona):
    entry = Entry.objects.get(key="health-insurance-from-day-15")
    texts = entry.texts_by_language()
    fields = {name: getattr(texts["et"], name) for name in ("title", "situation", "why", "tip", "examples")}
    fields["rule"] = "Ravikindlustust korraldab Tervisekassa; töötu registreerub Töötukassas."
    save_text(entry, language="et", **fields)
    page = as_persona("tartu_editor").get("/en/spikker/health-insurance-from-day-15/translate/uk/")
    box = soup_of(page).select_one(".term-hints")
    hints = {dt.get_text(): dt.find_next_sibling("dd") for dt in box.select("dt")}
    assert hints["Tervisekassa"].strong.get_text() == "Каса здоров’я"
    assert hints["Tervisekassa"].strong["lang"] == "uk"
    assert "Лікарняна каса" in [d.get_text() for d in hints["Tervisekassa"].select("del")]
    assert hints["Töötukassas"].strong.get_text() == "Каса страхування на випадок безробіття"
    assert "ravikindlustus" in {key.lower() for key in hints}


def test_the_hints_follow_the_target_language(as_persona):
    page = as_persona("coordinator").get("/en/spikker/reflector-in-the-dark/translate/ru/")
    box = soup_of(page).select_one(".term-hints")
    helkur = next(
        dd
        for dt in box.select("dt")
        if dt.get_text().lower().startswith("helkur")
        for dd in [dt.find_next_sibling("dd")]
    )
    assert helkur.strong.get_text() == "светоотражатель"
    assert [d.get_text() for d in helkur.select("del")] == ["фликер"]
