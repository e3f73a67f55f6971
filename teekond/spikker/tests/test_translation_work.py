"""Keeping translations in step with the Estonian source: the worklist and the side-by-side editor."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from teekond.core.translation import TranslationState
from teekond.spikker import selectors
from teekond.spikker.models import Entry, EntryText, LifeArea
from teekond.spikker.tests.editing_helpers import form_data, soup_of, write_entry

pytestmark = pytest.mark.django_db

OLD_RULE = "Helkur peab olema jalakäijal alati nähtav."
NEW_RULE = "Helkur peab olema jalakäijal pimedas hästi nähtav."
EDITOR = "/en/spikker/wear-a-reflector/translate/ru/"


@pytest.fixture
def entry(coordinator):
    return write_entry(coordinator)


def edit_estonian_rule(client, rule: str, *, minor: bool) -> None:
    data = form_data(soup_of(client.get("/en/spikker/wear-a-reflector/edit/")))
    data.update(rule_et=rule, reason="Clearer rule")
    if minor:
        data["minor"] = "on"
    assert client.post("/en/spikker/wear-a-reflector/edit/", data).status_code == 302


def worklist_rows(client, language: str = "ru") -> list[tuple[str, str]]:
    soup = soup_of(client.get(f"/en/spikker/translations/?language={language}"))
    return [(row["data-key"], row.select_one("td.state").get_text(strip=True)) for row in soup.select("tbody tr")]


def state_in_worklist(client, key: str, language: str = "ru") -> str:
    return dict(worklist_rows(client, language))[key]


def test_a_major_edit_of_the_estonian_text_makes_every_translation_outdated(as_persona, entry):
    editor = as_persona("tartu_editor")
    edit_estonian_rule(editor, NEW_RULE, minor=False)
    for language in ("en", "ru", "uk"):
        assert state_in_worklist(editor, "wear-a-reflector", language) == "outdated"
    soup = soup_of(editor.get("/en/spikker/wear-a-reflector/"))
    assert "(outdated)" in soup.select_one(".editor-panel").get_text()


def test_the_editor_shows_the_old_source_and_the_changed_words(as_persona, entry):
    editor = as_persona("tartu_editor")
    edit_estonian_rule(editor, NEW_RULE, minor=False)
    soup = soup_of(editor.get(EDITOR))
    assert "This translation is outdated" in soup.select_one(".notice").get_text()
    diff = soup.select_one(".diff")
    assert diff["lang"] == "et"
    assert [d.get_text() for d in diff.select("del")] == ["[removed: alati]"]
    assert [i.get_text() for i in diff.select("ins")] == ["[added: pimedas hästi]"]
    assert diff.select_one("del .visually-hidden")["lang"] == "en"
    assert OLD_RULE in soup.select_one("details.old-source").get_text()
    assert NEW_RULE in soup.select_one(".source-text[lang=et]").parent.get_text()
    assert len(soup.select(".diff")) == 1  # only the rule changed


def test_a_minor_edit_keeps_the_translations_up_to_date(as_persona, entry):
    editor = as_persona("tartu_editor")
    edit_estonian_rule(editor, OLD_RULE.replace("alati", "alati,"), minor=True)
    assert Entry.objects.get(pk=entry.pk).translation_states()["ru"] == TranslationState.UP_TO_DATE
    assert state_in_worklist(editor, "wear-a-reflector") == "up to date"
    soup = soup_of(editor.get(EDITOR))
    assert soup.select(".diff") == [] and soup.select("details.old-source") == []


def test_saving_the_translation_makes_it_up_to_date(as_persona, entry):
    editor = as_persona("tartu_editor")
    edit_estonian_rule(editor, NEW_RULE, minor=False)
    soup = soup_of(editor.get(EDITOR))
    assert soup.find(id="id_rule")["lang"] == "ru" and soup.find(id="id_reason").get("lang") is None
    data = form_data(soup)
    data.update(rule="В темноте светоотражатель пешехода должен быть хорошо виден.", reason="Follows the new rule")
    response = editor.post(EDITOR, data, follow=True)
    assert response.redirect_chain[-1][0] == "/en/spikker/translations/?language=ru"
    assert "now up to date" in soup_of(response).select_one(".messages").get_text()
    assert state_in_worklist(editor, "wear-a-reflector") == "up to date"
    assert state_in_worklist(editor, "wear-a-reflector", "uk") == "outdated"
    assert Entry.objects.get(pk=entry.pk).text("ru").rule.startswith("В темноте")


def test_a_translation_found_still_right_is_confirmed_as_it_is(as_persona, entry):
    editor = as_persona("tartu_editor")
    edit_estonian_rule(editor, NEW_RULE, minor=False)
    editor.post(EDITOR, form_data(soup_of(editor.get(EDITOR))) | {"reason": "Still right"})
    assert state_in_worklist(editor, "wear-a-reflector") == "up to date"
    history = soup_of(editor.get("/en/spikker/wear-a-reflector/history/"))
    first_row = [cell.get_text(" ", strip=True) for cell in history.select_one("tbody tr").select("td")]
    assert first_row[1:] == ["tartu", "translation confirmed up to date: Русский", "Still right"]


def test_a_missing_translation_is_written_in_the_editor(as_persona, coordinator):
    texts = {"et": {"title": "Kingad jäetakse esikusse", "rule": "Külas võetakse kingad jalast."}}
    write_entry(coordinator, key="shoes-off", texts=texts)
    editor = as_persona("tartu_editor")
    assert state_in_worklist(editor, "shoes-off", "uk") == "missing"
    data = {"title": "Взуття залишають у передпокої", "rule": "У гостях знімають взуття."}
    assert editor.post("/en/spikker/shoes-off/translate/uk/", data).status_code == 302
    assert state_in_worklist(editor, "shoes-off", "uk") == "up to date"


def test_the_worklist_puts_missing_and_outdated_first_and_counts_them(as_persona, coordinator, entry):
    write_entry(coordinator, key="shoes-off", texts={"et": {"title": "Kingad jäetakse esikusse"}})
    editor = as_persona("tartu_editor")
    edit_estonian_rule(editor, NEW_RULE, minor=False)
    rows = worklist_rows(editor)
    states = [state for _key, state in rows]
    order = ["missing", "outdated", "up to date"]
    assert states == sorted(states, key=order.index)
    assert ("shoes-off", "missing") in rows and ("wear-a-reflector", "outdated") in rows
    soup = soup_of(editor.get("/en/spikker/translations/?language=ru"))
    counts = {li["data-state"]: int(li.select_one(".count").get_text()) for li in soup.select(".worklist-counts li")}
    assert counts == {"missing": states.count("missing"), "outdated": 1, "up_to_date": states.count("up to date")}


def test_the_worklist_language_defaults_to_the_page_language_or_the_first_translation_language(as_persona):
    editor = as_persona("tartu_editor")
    assert soup_of(editor.get("/ru/spikker/translations/")).select_one("h1 span")["lang"] == "ru"
    soup = soup_of(editor.get("/et/spikker/translations/"))
    assert soup.select_one("h1 span")["lang"] == "en"
    assert soup.select_one("nav a[aria-current=page]")["lang"] == "en"
    assert editor.get("/en/spikker/translations/?language=et").status_code == 404
    assert editor.get("/en/spikker/translations/?language=xx").status_code == 404


def test_the_editor_answers_404_for_the_source_or_an_unknown_language(as_persona, entry):
    editor = as_persona("tartu_editor")
    assert editor.get("/en/spikker/wear-a-reflector/translate/et/").status_code == 404
    assert editor.get("/en/spikker/wear-a-reflector/translate/xx/").status_code == 404
    assert editor.get("/en/spikker/no-such-rule/translate/ru/").status_code == 404


def test_translating_is_closed_to_members(as_persona, entry):
    assert as_persona("member").post(EDITOR, {"title": "Заголовок"}).status_code == 403
    assert Entry.objects.get(pk=entry.pk).text("ru").title == "В темноте носите светоотражатель"


def _add_entries(count: int, start: int) -> None:
    area = LifeArea.objects.get(key="home")
    entries = Entry.objects.bulk_create(
        Entry(key=f"extra-{n}", area=area, source_version=1 + n % 3) for n in range(start, start + count)
    )
    EntryText.objects.bulk_create(
        [
            EntryText(entry=e, language="et", title=f"Reegel {e.key}", made_from_version=e.source_version)
            for e in entries
        ]
        + [EntryText(entry=e, language="ru", title=f"Правило {e.key}", made_from_version=1) for e in entries[::2]]
    )


def _worklist_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/en/spikker/translations/?language=ru").status_code == 200
    return len(queries)


def test_the_worklist_takes_as_many_queries_for_30_extra_entries_as_for_10(as_persona):
    editor = as_persona("tartu_editor")
    _add_entries(10, start=0)
    with_10 = _worklist_queries(editor)
    _add_entries(20, start=10)
    assert _worklist_queries(editor) == with_10


def test_states_of_2000_entries_take_a_constant_number_of_queries():
    with CaptureQueriesContext(connection) as before:
        selectors.translation_worklist("ru")
    _add_entries(2000, start=0)
    with CaptureQueriesContext(connection) as queries:
        states = [e.translation_states() for e in Entry.objects.prefetch_related("texts")]
    assert len(states) >= 2000 and len(queries) == 2
    with CaptureQueriesContext(connection) as after:
        items, _counts = selectors.translation_worklist("ru")
    assert len(items) >= 2000 and len(after) == len(before)
