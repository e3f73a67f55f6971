"""The shared row-per-language mechanism, exercised through events."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from teekond.core.translation import save_text
from teekond.network.models import Event, EventType

pytestmark = pytest.mark.django_db


@pytest.fixture
def event():
    item = Event.objects.create(type=EventType.TRAINING_DAY, year=2026)
    save_text(item, language="et", title="Koolituspäev", description="Esimene versioon")
    save_text(item, language="en", title="Training day", description="First version")
    return item


def test_states_of_a_new_translation(event):
    assert event.translation_states() == {"et": "source", "en": "up_to_date", "ru": "missing", "uk": "missing"}


def test_a_major_source_edit_makes_translations_outdated_until_they_are_updated(event):
    save_text(event, language="et", title="Koolituspäev", description="Teine versioon")
    event.refresh_from_db()
    assert event.source_version == 2
    assert event.translation_states()["en"] == "outdated"
    save_text(event, language="en", title="Training day", description="Second version")
    assert event.translation_states()["en"] == "up_to_date"


def test_a_minor_source_edit_leaves_translations_up_to_date(event):
    save_text(event, language="et", title="Koolituspäev", description="Esimene versioon.", minor=True)
    event.refresh_from_db()
    assert event.source_version == 1
    assert event.translation_states()["en"] == "up_to_date"


def test_saving_the_same_source_again_is_not_an_edit(event):
    save_text(event, language="et", title="Koolituspäev", description="Esimene versioon")
    event.refresh_from_db()
    assert event.source_version == 1


def test_reader_gets_their_language_or_a_marked_fallback(event):
    assert event.text("en").title == "Training day" and not event.text("en").is_fallback
    shown = event.text("uk")
    assert (shown.title, shown.language, shown.is_fallback) == ("Koolituspäev", "et", True)


def test_states_of_many_items_take_a_constant_number_of_queries():
    for number in range(30):
        item = Event.objects.create(type=EventType.TRAINING_DAY, year=2026)
        save_text(item, language="et", title=f"Päev {number}")
    with CaptureQueriesContext(connection) as queries:
        states = [e.translation_states() for e in Event.objects.prefetch_related("texts")]
    assert len(states) >= 41
    assert len(queries) == 2


def test_resaving_an_unchanged_translation_with_fields_left_out_keeps_it_outdated():
    """A translation without examples is not "changed" by a save that leaves the examples out."""
    from teekond.core.translation import save_texts
    from teekond.spikker.models import Entry, LifeArea

    entry = Entry.objects.create(key="queue-etiquette", area=LifeArea.objects.get(key="public-space"))
    fields = ("title", "situation", "rule", "examples", "why", "tip")
    save_texts(entry, {"et": {"title": "Järjekord"}, "en": {"title": "Queues"}}, fields)
    save_texts(entry, {"et": {"title": "Järjekord", "rule": "Uus reegel"}, "en": {"title": "Queues"}}, fields)
    entry.refresh_from_db()
    assert entry.translation_states()["en"] == "outdated"
    assert entry.texts.get(language="en").examples == []
