"""`teekond terms check`: outdated and forbidden variants in the UI catalogues, the starter data and the
published spikker fail the check, naming the file or record, the field and the variant."""

import json
import subprocess
import sys

import pytest
from django.core.management import call_command

from teekond.core.translation import save_text
from teekond.spikker.models import Entry, EntryStatus, LifeArea
from teekond.terms import checks

pytestmark = pytest.mark.django_db

PLANTED_PO = """msgid ""
msgstr ""
"Language: ru\\n"

#, python-format
msgid "Insured from day 15"
msgstr "Застрахованы через Больничную кассу "
"с 15-го дня"

#, fuzzy
msgid "A fuzzy one"
msgstr "Больничная касса"

msgid "Search for an old word"
msgstr "Ищите хоть «Больничная касса»"
"""


def planted_catalogue(tmp_path, language="ru", content=PLANTED_PO):
    path = tmp_path / "locale" / language / "LC_MESSAGES" / "django.po"
    path.parent.mkdir(parents=True)
    path.write_text(content, encoding="utf-8")
    return path


def test_a_planted_variant_in_a_catalogue_is_found_in_any_form(tmp_path):
    findings = checks.run_check(catalogues=[planted_catalogue(tmp_path)], files=[], registered=False)
    assert [(f.field, f.language, f.found) for f in findings] == [("msgstr", "ru", "Больничную кассу")]
    assert "msgid 'Insured from day 15'" in findings[0].where
    assert "«Касса здоровья»" in findings[0].message  # what to write instead
    # The fuzzy entry is not the product's text, and a quoted word is mentioned, not used.


def test_a_planted_variant_in_a_data_file_names_the_record_and_the_field(tmp_path):
    data = {"steps": [{"key": "insured", "texts": {"et": {"what": "Haigekassa maksab."}, "uk": {"what": "ID-карта"}}}]}
    path = tmp_path / "planted.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    findings = [str(f) for f in checks.run_check(catalogues=[], files=[path], registered=False)]
    assert findings == [
        f"{path}: field 'steps[0] (insured).texts.et.what' [et]: «Haigekassa» — outdated variant of “tervisekassa”; "
        "write «Tervisekassa» (Nimi kuni 31.03.2023.)",
        f"{path}: field 'steps[0] (insured).texts.uk.what' [uk]: «ID-карта» — do not use variant of “id-card”; "
        "write «ID-картка» (Картка, а не карта (карта — мапа).)",
    ]


def test_context_keeps_a_right_use_right(tmp_path):
    texts = [
        ("t", "f", "uk", "Рішення прийнято частково."),  # "accepted": right
        ("t", "f", "uk", "Удома прийнято знімати взуття."),  # "customary": a russianism
        ("t", "f", "uk", "Орган місцевого самоврядування і місцеве самоврядування."),  # the level of government
        ("t", "f", "uk", "Зверніться до свого самоврядування."),  # a body: муніципалітет
        ("t", "f", "uk", "Установа працює; установіть застосунок."),  # an institution is fine, "install" is not
        ("t", "f", "ru", "Долгосрочный статус; срочное право на проживание."),
    ]
    found = [(f.found, f.message.split(";")[0]) for f in checks.check_texts(texts)]
    assert [word for word, _message in found] == [
        "прийнято знімати",
        "самоврядування",
        "установіть",
        "срочное право на проживание",
    ]


def test_a_ukrainian_word_with_another_apostrophe_is_reported():
    texts = [("t", "f", "uk", "Сім'я і сім’я"), ("t", "f", "ru", "д'Артаньян"), ("t", "f", "en", "don't")]
    assert [(f.found, f.message) for f in checks.check_texts(texts)] == [("Сім'я", "the apostrophe in uk is ’")]


def test_a_published_spikker_entry_is_checked_and_a_draft_is_not(tmp_path):
    area = LifeArea.objects.get(key="health")
    published = Entry.objects.create(key="old-name-planted", area=area, status=EntryStatus.PUBLISHED)
    save_text(published, language="et", title="Haigekassa kaart", rule="Küsi Haigekassast.")
    draft = Entry.objects.create(key="old-name-draft", area=area, status=EntryStatus.DRAFT)
    save_text(draft, language="et", title="Haigekassa mustand")
    findings = [f for f in checks.run_check(catalogues=[], files=[]) if "planted" in f.where or "draft" in f.where]
    assert [(f.where, f.field, f.found) for f in findings] == [
        ("spikker entry old-name-planted", "et.title", "Haigekassa"),
        ("spikker entry old-name-planted", "et.rule", "Haigekassast"),
    ]


def test_the_command_fails_with_a_non_zero_exit_on_a_planted_variant(tmp_path):
    path = planted_catalogue(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "teekond.cli", "terms", "check", "--files-only", str(path)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert "msgid 'Insured from day 15'" in result.stdout and "«Больничную кассу»" in result.stdout
    assert "1 outdated or forbidden variants" in result.stderr


def test_the_command_passes_a_clean_file(tmp_path, capsys):
    clean = planted_catalogue(tmp_path, "uk", 'msgid "Note"\nmsgstr "Нотатка"\n')
    call_command("terms", "check", "--files-only", str(clean))
    assert "No outdated or forbidden variant" in capsys.readouterr().out


def test_the_starter_map_network_and_guide_data_pass_the_check():
    mine = [p for p in checks.data_files() if p.parent.parent.name in ("journey", "network", "guide")]
    assert len(mine) == 4
    assert [str(f) for f in checks.run_check(catalogues=[], files=mine, registered=False)] == []


def test_everything_the_product_ships_passes_the_check():
    """The catalogues, every starter data file and the published spikker (issue 15's done criterion)."""
    assert [str(finding) for finding in checks.run_check()] == []
