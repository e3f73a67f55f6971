"""The starter spikker as a reader gets it: every published entry whole in all four languages, each
translation made from the current Estonian text, every entry with its sources, shipped unchecked, and
the seed adding what is missing without touching an editor's work.
"""

import json

import pytest
from django.conf import settings

from teekond.core.translation import TranslationState, save_text
from teekond.journey.models import Situation
from teekond.spikker.models import Entry, EntrySource, EntryStatus
from teekond.spikker.seed import STARTER, load_seed

pytestmark = pytest.mark.django_db

TEXT_FIELDS = ("title", "situation", "rule", "why", "tip")


def starter_items() -> list[dict]:
    return json.loads(STARTER.read_text(encoding="utf-8"))["entries"]


def starter_keys() -> list[str]:
    return [item["key"] for item in starter_items()]


def test_the_seed_publishes_every_starter_entry():
    published = set(Entry.objects.published().values_list("key", flat=True))
    assert len(starter_keys()) >= 56
    assert set(starter_keys()) <= published


def test_every_published_entry_is_whole_in_every_language():
    for entry in Entry.objects.published().prefetch_related("texts"):
        rows = entry.texts_by_language()
        assert set(rows) == set(settings.CONTENT_LANGUAGES), entry.key
        for language, row in rows.items():
            empty = [name for name in TEXT_FIELDS if not getattr(row, name).strip()]
            assert not empty and row.examples, f"{entry.key} [{language}] lacks {empty or 'examples'}"


def test_every_translation_is_made_from_the_current_estonian_text():
    for entry in Entry.objects.published().prefetch_related("texts"):
        states = entry.translation_states()
        assert states.pop(settings.SOURCE_LANGUAGE) == TranslationState.SOURCE
        assert set(states.values()) == {TranslationState.UP_TO_DATE}, (entry.key, states)


def test_every_starter_entry_names_its_sources_and_none_claims_a_check():
    for key in starter_keys():
        sources = EntrySource.objects.filter(entry__key=key)
        assert sources.exists(), key
        # A "checked" date means a person checked the source; starter content ships unchecked.
        assert not sources.filter(checked__isnull=False).exists(), key


def test_ukrainian_texts_use_the_typographic_apostrophe():
    for entry in Entry.objects.published().prefetch_related("texts"):
        row = entry.texts_by_language()["uk"]
        texts = [getattr(row, name) for name in TEXT_FIELDS] + row.examples
        assert not [text for text in texts if "'" in text], entry.key


def test_the_seed_adds_a_missing_starter_entry_and_keeps_an_edited_one():
    Entry.objects.get(key="emergency-number-112").delete()
    edited = Entry.objects.get(key="tipping")
    save_text(edited, language="et", title="Jootraha jäetakse hea teeninduse eest")

    created = load_seed()

    assert created["entries"] == 1
    restored = Entry.objects.get(key="emergency-number-112")
    assert restored.status == EntryStatus.PUBLISHED
    assert restored.text("et").title == "Hädaabinumber on 112: kiirabi, päästjad ja politsei"
    assert Entry.objects.get(key="tipping").text("et").title == "Jootraha jäetakse hea teeninduse eest"
    assert load_seed()["entries"] == 0


def test_the_newcomer_primer_is_marked_as_not_for_returnees():
    """Everyday customs a person who grew up in Estonia knows name the immigrants' situations only; a rule
    about coming back names the returnee only, so no other plan lists it."""
    marked = {item["key"]: item["situations"] for item in starter_items() if "situations" in item}
    immigrants = sorted(set(Situation.values) - {Situation.RETURNEE})
    primer = {key for key, situations in marked.items() if sorted(situations) == immigrants}
    assert {"shoes-off-indoors", "greeting-tere-handshake", "tipping", "independence-day-24-february"} <= primer
    assert marked["returnee-things-have-changed"] == [Situation.RETURNEE]
    # What a returnee needs as much as anyone is for everyone.
    assert not {"emergency-number-112", "waste-sorting-at-home"} & set(marked)
