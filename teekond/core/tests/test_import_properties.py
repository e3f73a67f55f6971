"""Hostile import files (issue 14, finding 6): both importers check a file's shape before writing anything, refuse
it whole with problems that name the record and the field, and never fail with anything else.

Hypothesis makes the files: a valid one with one place changed to any JSON value, and JSON of any shape."""

import json

import pytest
from django.core.management import CommandError, call_command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from teekond.core.output import ImportRefused, loads, read_json
from teekond.journey import exchange as journey_exchange
from teekond.journey.models import Bottleneck, BottleneckText, Proposal
from teekond.spikker import exchange as spikker_exchange
from teekond.spikker.models import Entry, EntryText

pytestmark = pytest.mark.django_db
PROPERTY = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


def journey_file() -> dict:
    return {
        "format": "teekond-journey",
        "version": 1,
        "bottlenecks": [
            {
                "key": "fuzz-bottleneck",
                "stage": "residence-registration",
                "perspective": "kov",
                "status": "open",
                "municipalities": ["tartu-linn"],
                "texts": {"et": {"title": "Järjekord", "description": ""}},
                "evidence": [{"what": "Nähtud", "observed": "2025-03-20", "internal": False, "language": "et"}],
            }
        ],
        "proposals": [
            {
                "key": "fuzz-proposal",
                "bottlenecks": ["fuzz-bottleneck"],
                "level": "municipality",
                "texts": {"et": {"title": "Ettepanek"}},
                "history": [{"state": "submitted", "date": "2025-03-21"}],
            }
        ],
    }


def spikker_file() -> dict:
    return {
        "entries": [
            {
                "key": "fuzz-entry",
                "area": "everyday",
                "stages": [],
                "sources": [{"url": "https://www.eesti.ee/", "checked": "2025-01-01"}],
                "translations": {"et": {"title": "Reegel", "rule": "Nii tehakse", "examples": ["Näide"]}},
            }
        ]
    }


def _places(value, path=()):
    """Every place in a JSON value, as the path of keys and indexes to it."""
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _places(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _places(item, (*path, index))


def _replaced(data, path, new):
    if not path:
        return new
    copy = json.loads(json.dumps(data))
    holder = copy
    for step in path[:-1]:
        holder = holder[step]
    holder[path[-1]] = new
    return copy


def _state():
    return (
        Bottleneck.objects.count(),
        BottleneckText.objects.count(),
        Proposal.objects.count(),
        Entry.objects.count(),
        EntryText.objects.count(),
    )


RECORD = r"^(file: |the file must|(bottlenecks|proposals|stages|steps|perspectives|organisations|entries)\[\d+\])"


def _assert_refused_cleanly(run, before) -> None:
    import re

    try:
        run()
    except ImportRefused as refused:
        assert refused.errors
        for error in refused.errors:
            assert re.match(RECORD, error), error
        assert _state() == before


@pytest.fixture(scope="module")
def spikker_area(django_db_blocker):
    from teekond.spikker.models import LifeArea

    with django_db_blocker.unblock():
        return LifeArea.objects.values_list("key", flat=True).first()


@PROPERTY
@given(data=st.data(), value=JSON_VALUES)
def test_a_journey_file_changed_anywhere_is_imported_or_refused_by_record_and_field(data, value):
    base = journey_file()
    path = data.draw(st.sampled_from(list(_places(base))))
    before = _state()
    _assert_refused_cleanly(lambda: journey_exchange.import_data(_replaced(base, path, value)), before)


@PROPERTY
@given(value=JSON_VALUES)
def test_any_json_is_refused_cleanly_by_the_journey_import(value):
    _assert_refused_cleanly(lambda: journey_exchange.import_data(value), _state())


@PROPERTY
@given(data=st.data(), value=JSON_VALUES)
def test_a_spikker_file_changed_anywhere_is_imported_or_refused_by_record_and_field(data, value, spikker_area):
    base = spikker_file()
    base["entries"][0]["area"] = spikker_area
    path = data.draw(st.sampled_from(list(_places(base))))
    before = _state()
    _assert_refused_cleanly(lambda: spikker_exchange.import_data(_replaced(base, path, value)), before)


@PROPERTY
@given(value=JSON_VALUES)
def test_any_json_is_refused_cleanly_by_the_spikker_import(value):
    _assert_refused_cleanly(lambda: spikker_exchange.import_data(value), _state())


# The finding's own files, each refused with the record and the field named.


def _refusal(importer, data) -> list[str]:
    with pytest.raises(ImportRefused) as refused:
        importer(data)
    return refused.value.errors


def test_a_wrong_type_is_named_not_a_traceback():
    assert _refusal(journey_exchange.import_data, {**journey_file(), "bottlenecks": "x"}) == [
        "file: field 'bottlenecks': must be a list"
    ]


def test_a_title_longer_than_the_database_takes_is_refused():
    data = journey_file()
    data["bottlenecks"][0]["texts"]["et"]["title"] = "x" * 5000
    assert _refusal(journey_exchange.import_data, data) == [
        "bottlenecks[0] fuzz-bottleneck: field 'texts.et.title': at most 200 characters (5000 given)"
    ]


def test_a_number_as_a_title_and_a_list_as_a_rule_are_refused(spikker_area):
    data = spikker_file()
    data["entries"][0]["area"] = spikker_area
    data["entries"][0]["translations"]["et"].update(title=12, rule=["a", "b"])
    assert sorted(_refusal(spikker_exchange.import_data, data)) == [
        "entries[0] fuzz-entry: field 'translations.et.rule': must be a text, not a list",
        "entries[0] fuzz-entry: field 'translations.et.title': must be a text, not a number",
    ]
    assert not Entry.objects.filter(key="fuzz-entry").exists()


def test_a_key_written_twice_is_refused(tmp_path, spikker_area):
    text = json.dumps(spikker_file()).replace('"key": "fuzz-entry"', '"key": "fuzz-entry", "key": "other-entry"')
    target = tmp_path / "twice.json"
    target.write_text(text.replace("everyday", spikker_area))
    with pytest.raises(CommandError, match=r"entries\[0\] other-entry: field 'key': appears twice"):
        call_command("spikker", "import", str(target))
    assert loads('{"a": 1, "a": 2}').duplicates == ("a",)


def test_a_file_too_large_is_refused_before_it_is_read(tmp_path):
    target = tmp_path / "huge.json"
    with target.open("wb") as file:
        file.truncate(50 * 1024 * 1024)
    with pytest.raises(CommandError, match=r"the file is 50.0 MB; an import file can be at most 10 MB"):
        read_json(str(target))
    with pytest.raises(CommandError, match="at most 10 MB"):
        call_command("journey", "import", str(target))
