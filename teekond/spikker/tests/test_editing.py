"""Writing, reviewing and publishing spikker entries from the browser, as the people doing it see it."""

import pytest
from django.utils import timezone

from teekond.spikker.models import Entry, EntrySource, EntryStatus, EntryText, LifeArea
from teekond.spikker.tests.editing_helpers import error_of, form_data, soup_of, write_entry

pytestmark = pytest.mark.django_db

NEW_ENTRY = {
    "key": "greet-the-neighbours",
    "title_et": "Tervita trepikojas naabreid",
    "rule_et": "Naabrile noogutatakse või öeldakse „tere“.",
    "examples_et": "Trepikojas: „Tere!“\n\nLiftis noogutus.",
    "title_en": "Greet the neighbours on the stairs",
    "sources": "https://www.eesti.ee/\n",
    "reason": "Asked about at the Tartu workshop",
}


def new_entry_form(client, language: str = "en", **changes) -> dict:
    data = form_data(soup_of(client.get(f"/{language}/spikker/new/")))
    data.update(NEW_ENTRY, area=str(LifeArea.objects.get(key="home").pk))
    data.update(changes)
    return data


def panel_buttons(client, key: str) -> list[str]:
    soup = soup_of(client.get(f"/en/spikker/{key}/"))
    return [button.get_text(strip=True) for button in soup.select(".editor-panel button[name=to_state]")]


def move(client, key: str, to_state: str, reason: str = ""):
    return client.post(f"/en/spikker/{key}/state/", {"to_state": to_state, "reason": reason}, follow=True)


@pytest.fixture
def draft(coordinator):
    return write_entry(coordinator)


# Writing


def test_an_editor_writes_a_draft_that_readers_do_not_see(as_persona, client):
    editor = as_persona("tartu_editor")
    response = editor.post("/en/spikker/new/", new_entry_form(editor))
    assert response.status_code == 302 and response["Location"] == "/en/spikker/greet-the-neighbours/"
    entry = Entry.objects.get(key="greet-the-neighbours")
    assert entry.status == EntryStatus.DRAFT and entry.published_at is None
    assert entry.text("et").examples == ["Trepikojas: „Tere!“", "Liftis noogutus."]
    assert [source.url for source in entry.sources.all()] == ["https://www.eesti.ee/"]
    assert client.get("/en/spikker/greet-the-neighbours/").status_code == 404
    soup = soup_of(editor.get("/en/spikker/greet-the-neighbours/"))
    assert soup.h1.get_text() == "Greet the neighbours on the stairs"
    assert "Not public" in soup.select_one(".notice").get_text()


def test_the_edit_form_shows_the_entry_and_saves_changes(as_persona, draft):
    EntrySource.objects.filter(entry=draft).update(checked=timezone.localdate())
    editor = as_persona("tartu_editor")
    soup = soup_of(editor.get("/en/spikker/wear-a-reflector/edit/"))
    data = form_data(soup)
    assert data["examples_et"] == "Helkur ripub jope küljes."
    assert data["sources"] == "https://www.politsei.ee/"
    assert soup.find(id="id_title_ru")["lang"] == "ru"
    data.update(
        examples_et="Helkur ripub jope küljes.\nHelkurvest rattal.", sources=f"{data['sources']}\nhttps://www.eesti.ee/"
    )
    response = editor.post("/en/spikker/wear-a-reflector/edit/", data, follow=True)
    assert "The entry was saved." in soup_of(response).select_one(".messages").get_text()
    draft = Entry.objects.get(pk=draft.pk)
    assert draft.text("et").examples == ["Helkur ripub jope küljes.", "Helkurvest rattal."]
    sources = {source.url: source.checked for source in draft.sources.all()}
    assert sources == {"https://www.politsei.ee/": timezone.localdate(), "https://www.eesti.ee/": None}


# Validation: shown next to the field, in the reader's language, and nothing written


def _nothing_written(before: tuple[int, int]) -> bool:
    return (Entry.objects.count(), EntryText.history.count()) == before


def test_a_missing_estonian_title_is_shown_next_to_the_field_in_estonian(as_persona):
    editor = as_persona("tartu_editor")
    before = (Entry.objects.count(), EntryText.history.count())
    response = editor.post("/et/spikker/new/", new_entry_form(editor, "et", title_et=""))
    assert response.status_code == 200
    assert error_of(soup_of(response), "id_title_et") == "See lahter on nõutav."
    assert _nothing_written(before)


def test_a_duplicate_key_is_shown_next_to_the_key_in_russian(as_persona):
    editor = as_persona("tartu_editor")
    before = (Entry.objects.count(), EntryText.history.count())
    response = editor.post("/ru/spikker/new/", new_entry_form(editor, "ru", key="kindergarten-queue-early"))
    assert "уже существует" in error_of(soup_of(response), "id_key")
    assert _nothing_written(before)


def test_four_examples_are_refused_next_to_the_examples(as_persona):
    editor = as_persona("tartu_editor")
    before = (Entry.objects.count(), EntryText.history.count())
    response = editor.post("/en/spikker/new/", new_entry_form(editor, examples_en="One\nTwo\nThree\nFour"))
    assert error_of(soup_of(response), "id_examples_en") == "Give at most 3 examples."
    assert _nothing_written(before)


def test_a_key_that_is_the_address_of_a_spikker_page_is_refused(as_persona):
    editor = as_persona("tartu_editor")
    response = editor.post("/en/spikker/new/", new_entry_form(editor, key="translations"))
    assert "address of another spikker page" in error_of(soup_of(response), "id_key")
    assert not Entry.objects.filter(key="translations").exists()


# Review and publication


def test_an_editor_sends_for_review_but_cannot_publish(as_persona, draft):
    editor = as_persona("tartu_editor")
    assert panel_buttons(editor, draft.key) == ["Send for review"]
    response = move(editor, draft.key, "in-review", "Ready for a second look")
    assert "The entry is now: in review." in soup_of(response).select_one(".messages").get_text()
    assert panel_buttons(editor, draft.key) == ["Return to draft"]
    assert editor.post(f"/en/spikker/{draft.key}/state/", {"to_state": "published"}).status_code == 403
    assert Entry.objects.get(pk=draft.pk).status == EntryStatus.IN_REVIEW


def test_a_coordinator_publishes_and_readers_see_the_date(as_persona, client, draft):
    move(as_persona("tartu_editor"), draft.key, "in-review")
    coordinator = as_persona("coordinator")
    assert panel_buttons(coordinator, draft.key) == ["Publish", "Return to draft"]
    move(coordinator, draft.key, "published", "Checked with the police")
    response = client.get("/en/spikker/wear-a-reflector/")
    assert response.status_code == 200
    soup = soup_of(response)
    facts = {dt.get_text(): dt.find_next_sibling("dd").get_text() for dt in soup.select("dl.facts dt")}
    assert facts["Published"] == timezone.localdate().strftime("%d.%m.%Y")
    assert soup.select_one(".editor-panel") is None


def test_publishing_again_keeps_the_first_publication_date(as_persona, draft):
    coordinator = as_persona("coordinator")
    for state in ("in-review", "published"):
        move(coordinator, draft.key, state)
    draft.refresh_from_db()
    first = draft.published_at
    for state in ("draft", "in-review", "published"):
        move(coordinator, draft.key, state)
    draft.refresh_from_db()
    assert draft.status == EntryStatus.PUBLISHED and draft.published_at == first


def test_a_move_the_workflow_does_not_allow_is_refused_with_a_message(as_persona, draft):
    response = move(as_persona("coordinator"), draft.key, "archived")
    message = soup_of(response).select_one(".messages").get_text(strip=True)
    assert message == "An entry that is “draft” cannot become “archived”."
    assert Entry.objects.get(pk=draft.pk).status == EntryStatus.DRAFT


def test_the_history_lists_who_did_what_and_why(as_persona, tartu_editor, coordinator):
    entry = write_entry(tartu_editor, reason="Written after the Tartu workshop")
    move(as_persona("tartu_editor"), entry.key, "in-review", "Ready for review")
    move(as_persona("coordinator"), entry.key, "published", "Checked with the police")
    soup = soup_of(as_persona("tartu_editor").get("/en/spikker/wear-a-reflector/history/"))
    rows = [[cell.get_text(" ", strip=True) for cell in row.select("td")] for row in soup.select("tbody tr")]
    assert rows[0][1:] == ["koordinaator", "state: in review → published", "Checked with the police"]
    assert rows[1][1:] == ["tartu", "state: draft → in review", "Ready for review"]
    assert rows[2][1] == "tartu" and rows[2][3] == "Written after the Tartu workshop"
    assert "entry created (draft)" in rows[2][2] and "text added: Русский" in rows[2][2]
    assert soup.select_one("tbody tr:nth-of-type(3) span[lang=ru]").get_text() == "Русский"


# Who may do what


EDITOR_PAGES = [
    "/en/spikker/new/",
    "/en/spikker/drafts/",
    "/en/spikker/translations/",
    "/en/spikker/kindergarten-queue-early/edit/",
    "/en/spikker/kindergarten-queue-early/history/",
    "/en/spikker/kindergarten-queue-early/translate/ru/",
]


@pytest.mark.parametrize("path", EDITOR_PAGES)
def test_editor_pages_are_closed_to_members_and_anonymous_visitors(as_persona, path):
    assert as_persona("member").get(path).status_code == 403
    response = as_persona("anonymous").get(path)
    assert response.status_code == 302 and response["Location"].startswith("/en/login/?next=")
    assert as_persona("tartu_editor").get(path).status_code == 200


def test_state_changes_are_closed_to_members_and_anonymous_visitors(as_persona, draft):
    for persona in ("member", "anonymous"):
        assert as_persona(persona).post(f"/en/spikker/{draft.key}/state/", {"to_state": "in-review"}).status_code == 403
    assert Entry.objects.get(pk=draft.pk).status == EntryStatus.DRAFT


def test_a_bad_key_answers_404_and_the_state_page_takes_only_post(as_persona):
    editor = as_persona("tartu_editor")
    assert editor.get("/en/spikker/no-such-rule/edit/").status_code == 404
    assert editor.get("/en/spikker/no-such-rule/history/").status_code == 404
    assert editor.get("/en/spikker/kindergarten-queue-early/state/").status_code == 405


def test_only_editors_see_the_editing_links(as_persona):
    soup = soup_of(as_persona("tartu_editor").get("/en/spikker/kindergarten-queue-early/"))
    links = {a.get_text(): a["href"] for a in soup.select(".editor-panel a")}
    assert links["Edit"] == "/en/spikker/kindergarten-queue-early/edit/"
    assert links["History"] == "/en/spikker/kindergarten-queue-early/history/"
    assert links["Русский"] == "/en/spikker/kindergarten-queue-early/translate/ru/"
    index = soup_of(as_persona("tartu_editor").get("/en/spikker/"))
    assert index.find("a", string="Translation worklist")["href"] == "/en/spikker/translations/"
    for persona in ("member", "anonymous"):
        assert soup_of(as_persona(persona).get("/en/spikker/kindergarten-queue-early/")).select(".editor-panel") == []
        assert soup_of(as_persona(persona).get("/en/spikker/")).find("a", string="Translation worklist") is None


def test_the_editors_list_groups_entries_by_state_with_counts(as_persona, draft):
    soup = soup_of(as_persona("tartu_editor").get("/en/spikker/drafts/"))
    counts = dict(item.get_text(strip=True).split(":") for item in soup.select("nav .state-counts li"))
    published = Entry.objects.published().count()
    assert counts == {"Draft": "1", "In review": "0", "Published": str(published), "Archived": "0"}
    drafts = soup.find("h2", id="state-draft")
    assert drafts.get_text() == "Draft (1)"
    assert drafts.find_next("table").find("a")["href"] == "/en/spikker/wear-a-reflector/"


def test_an_editor_says_whom_a_rule_is_for(as_persona):
    editor = as_persona("tartu_editor")
    data = new_entry_form(editor, situations=["returnee"], children_only="on")
    assert editor.post("/en/spikker/new/", data).status_code == 302
    entry = Entry.objects.get(key="greet-the-neighbours")
    assert entry.situations == ["returnee"] and entry.children_only
    assert entry.concerns("returnee", True) and not entry.concerns("returnee", False)
    assert not entry.concerns("eu", True)
    refused = editor.post("/en/spikker/new/", new_entry_form(editor, key="other", situations=["tourist"]))
    assert refused.status_code == 200 and not Entry.objects.filter(key="other").exists()


def test_the_reserved_keys_are_the_addresses_of_the_spikkers_own_pages():
    """spikker.addresses is plain data (no import of the URLconf); it must name every fixed page the URLconf serves."""
    from teekond.spikker.addresses import RESERVED_KEYS
    from teekond.spikker.urls import urlpatterns

    fixed = {str(pattern.pattern).strip("/") for pattern in urlpatterns if "<" not in str(pattern.pattern)}
    assert fixed - {""} == RESERVED_KEYS
