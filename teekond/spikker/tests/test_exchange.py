"""`teekond spikker import|export`: by key, all or nothing, and a round trip that changes nothing."""

import json

import pytest
from django.core.management import CommandError, call_command

from teekond.spikker.exchange import export_data
from teekond.spikker.models import Entry, EntryStatus

pytestmark = pytest.mark.django_db


def entry(key="shoes-off-indoors", **changes):
    item = {
        "key": key,
        "area": "home",
        "stages": ["residence-registration"],
        "sources": [{"url": "https://iwct.ee/for-newcomers/", "checked": "2026-11-01"}],
        "translations": {
            "et": {
                "title": "Kingad jäetakse esikusse",
                "situation": "Lähed külla.",
                "rule": "Võta kingad jalast.",
                "examples": ["Uksel on sussid."],
                "why": "Talvel on tänavad porised.",
                "tip": "Võta villased sokid.",
            },
            "en": {
                "title": "Shoes stay in the hall",
                "situation": "You visit.",
                "rule": "Take your shoes off.",
                "examples": ["Slippers wait at the door."],
                "why": "Winter streets are muddy.",
                "tip": "Bring warm socks.",
            },
        },
    }
    item.update(changes)
    return item


def load(tmp_path, entries, *flags):
    path = tmp_path / "spikker.json"
    path.write_text(json.dumps({"entries": entries}, ensure_ascii=False))
    call_command("spikker", "import", str(path), *flags)


@pytest.fixture(autouse=True)
def empty_spikker():
    Entry.objects.all().delete()


def test_import_creates_drafts_unless_told_to_publish(tmp_path):
    load(tmp_path, [entry()])
    assert Entry.objects.get(key="shoes-off-indoors").status == EntryStatus.DRAFT
    load(tmp_path, [entry()], "--publish")
    published = Entry.objects.get(key="shoes-off-indoors")
    assert published.status == EntryStatus.PUBLISHED and published.published_at
    assert Entry.objects.count() == 1


def test_a_changed_estonian_text_is_a_new_source_version(tmp_path):
    load(tmp_path, [entry()])
    changed = entry()
    changed["translations"]["et"]["rule"] = "Võta kingad jalast, kui võõrustaja nii teeb."
    load(tmp_path, [changed])
    item = Entry.objects.get(key="shoes-off-indoors")
    assert item.source_version == 2
    assert item.translation_states() == {"et": "source", "en": "outdated", "ru": "missing", "uk": "missing"}
    load(tmp_path, [changed])
    assert Entry.objects.get(key="shoes-off-indoors").source_version == 2


def test_an_outdated_translation_stays_outdated_through_export_and_import(tmp_path):
    load(tmp_path, [entry()])
    changed = entry()
    changed["translations"]["et"]["rule"] = "Võta kingad jalast, kui võõrustaja nii teeb."
    load(tmp_path, [changed])
    exported = export_data()
    assert exported["entries"][0]["translations"]["en"]["outdated"] is True
    Entry.objects.all().delete()
    load(tmp_path, exported["entries"])
    states = Entry.objects.get(key="shoes-off-indoors").translation_states()
    assert states == {"et": "source", "en": "outdated", "ru": "missing", "uk": "missing"}
    assert export_data() == exported


def test_a_translation_marked_outdated_needs_a_yes_or_no(tmp_path):
    bad = entry()
    bad["translations"]["en"]["outdated"] = "maybe"
    with pytest.raises(CommandError, match=r"field 'translations.en.outdated': true or false"):
        load(tmp_path, [bad])


@pytest.mark.parametrize(
    "bad, message",
    [
        ({"area": "garden"}, "entries[0] shoes-off-indoors: field 'area': unknown area 'garden'"),
        ({"stages": ["moon"]}, "entries[0] shoes-off-indoors: field 'stages': unknown stage 'moon'"),
        (
            {"translations": {"en": {"title": "Only English"}}},
            "field 'translations.et.title': the Estonian title is missing",
        ),
        ({"sources": [{"url": "iwct.ee", "checked": "2026-11-01"}]}, "field 'sources[0].url'"),
        ({"key": "Kingad Ära"}, "field 'key': must be a slug"),
        ({"key": "search"}, "field 'key': 'search' is the address of a spikker page"),
    ],
)
def test_a_bad_entry_is_named_and_nothing_is_imported(tmp_path, bad, message):
    good = entry(key="greeting-tere")
    with pytest.raises(CommandError) as refused:
        load(tmp_path, [entry(**bad), good])
    assert message in str(refused.value) and "nothing was imported" in str(refused.value)
    assert Entry.objects.count() == 0


def test_a_malformed_file_is_refused(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"entries": [')
    with pytest.raises(CommandError, match="not a JSON file"):
        call_command("spikker", "import", str(path))
    path.write_text('{"rules": []}')
    with pytest.raises(CommandError, match='must hold {"entries"'):
        call_command("spikker", "import", str(path))


def test_export_then_import_into_an_empty_spikker_gives_the_same_export(tmp_path):
    load(tmp_path, [entry(), entry(key="greeting-tere", area="communication", stages=[])])
    first = export_data()
    target = tmp_path / "export.json"
    call_command("spikker", "export", "-o", str(target))
    Entry.objects.all().delete()
    call_command("spikker", "import", str(target))
    assert export_data() == first
