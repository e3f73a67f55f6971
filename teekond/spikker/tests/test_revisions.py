"""A published rule changes only after review (issue 14, finding 2): a municipality editor's change to a
published entry, or to its translation, waits for a coordinator; the public page keeps the published text until
then, and the history shows the proposal and the decision."""

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client

from teekond.spikker import services
from teekond.spikker.models import Entry, EntryRevision, EntryStatus, RevisionStatus
from teekond.spikker.tests.editing_helpers import form_data, soup_of, write_entry

pytestmark = pytest.mark.django_db
KEY = "wear-a-reflector"


@pytest.fixture
def published(coordinator):
    entry = write_entry(coordinator, key=KEY)
    services.entry_move(entry=entry, to_state=EntryStatus.IN_REVIEW, user=coordinator)
    return services.entry_move(entry=entry, to_state=EntryStatus.PUBLISHED, user=coordinator)


def _propose_new_title(client, title="Helkur on kohustuslik"):
    soup = soup_of(client.get(f"/en/spikker/{KEY}/edit/"))
    assert "goes to a coordinator for review" in soup.select_one("main .notice").get_text()
    data = form_data(soup)
    data.update(title_et=title, reason="Täpsem pealkiri")
    return client.post(f"/en/spikker/{KEY}/edit/", data)


def test_an_editors_change_to_a_published_entry_waits_and_readers_keep_the_published_text(as_persona, published):
    editor = as_persona("tartu_editor")
    response = _propose_new_title(editor)
    assert response.status_code == 302
    public = Client().get(f"/en/spikker/{KEY}/").content.decode()
    assert "Helkur on kohustuslik" not in Client().get(f"/et/spikker/{KEY}/").content.decode()
    assert "Wear a reflector in the dark" in public
    assert Entry.objects.get(key=KEY).text("et").title == "Pimedal ajal kanna helkurit"
    revision = EntryRevision.objects.get()
    assert revision.status == RevisionStatus.PENDING and revision.author.username == "tartu"


def test_a_coordinator_sees_the_change_beside_the_published_text_and_approves_it(as_persona, published):
    _propose_new_title(as_persona("tartu_editor"))
    revision = EntryRevision.objects.get()
    coordinator = as_persona("coordinator")
    page = soup_of(coordinator.get(f"/en/spikker/{KEY}/changes/{revision.pk}/"))
    assert page.select_one("td ins") and "Pimedal ajal kanna helkurit" in page.get_text()
    approved = coordinator.post(f"/en/spikker/{KEY}/changes/{revision.pk}/", {"decision": "approve", "reason": "Hea"})
    assert approved.status_code == 302
    assert "Helkur on kohustuslik" in Client().get(f"/et/spikker/{KEY}/").content.decode()
    assert EntryRevision.objects.get().status == RevisionStatus.APPROVED
    history = coordinator.get(f"/en/spikker/{KEY}/history/").content.decode()
    assert "change proposed, waiting for review" in history and "proposed change approved" in history
    assert "approved the change proposed by tartu: Täpsem pealkiri" in history


def test_the_editors_list_shows_the_changes_waiting(as_persona, published):
    _propose_new_title(as_persona("tartu_editor"))
    revision = EntryRevision.objects.get()
    page = soup_of(as_persona("coordinator").get("/en/spikker/drafts/"))
    assert page.select_one(f"a[href='/en/spikker/{KEY}/changes/{revision.pk}/']")


def test_a_rejected_change_needs_a_reason_and_changes_nothing(as_persona, published):
    _propose_new_title(as_persona("tartu_editor"))
    revision = EntryRevision.objects.get()
    coordinator = as_persona("coordinator")
    coordinator.post(f"/en/spikker/{KEY}/changes/{revision.pk}/", {"decision": "reject", "reason": ""})
    assert EntryRevision.objects.get().status == RevisionStatus.PENDING
    coordinator.post(f"/en/spikker/{KEY}/changes/{revision.pk}/", {"decision": "reject", "reason": "Ei ole täpsem"})
    assert EntryRevision.objects.get().status == RevisionStatus.REJECTED
    assert Entry.objects.get(key=KEY).text("et").title == "Pimedal ajal kanna helkurit"
    assert "proposed change not taken" in coordinator.get(f"/en/spikker/{KEY}/history/").content.decode()


def test_an_editor_cannot_approve_their_own_change(as_persona, published, tartu_editor):
    editor = as_persona("tartu_editor")
    _propose_new_title(editor)
    revision = EntryRevision.objects.get()
    editor.post(f"/en/spikker/{KEY}/changes/{revision.pk}/", {"decision": "approve"})
    assert EntryRevision.objects.get().status == RevisionStatus.PENDING
    with pytest.raises(PermissionDenied):
        services.revision_approve(revision=revision, user=tartu_editor)


def test_the_service_refuses_a_direct_change_by_an_editor(published, tartu_editor):
    texts = {"et": {"title": "Otse muudetud"}}
    with pytest.raises(PermissionDenied):
        services.entry_save(entry=published, user=tartu_editor, area=published.area, key=KEY, texts=texts)
    with pytest.raises(PermissionDenied):
        services.translation_save(entry=published, language="en", fields={"title": "Changed"}, user=tartu_editor)
    assert Entry.objects.get(key=KEY).text("en").title == "Wear a reflector in the dark"


def test_an_editors_translation_of_a_published_entry_waits_too(as_persona, published):
    editor = as_persona("tartu_editor")
    data = form_data(soup_of(editor.get(f"/en/spikker/{KEY}/translate/en/")))
    data.update(title="Reflectors are a must")
    assert editor.post(f"/en/spikker/{KEY}/translate/en/", data).status_code == 302
    assert Entry.objects.get(key=KEY).text("en").title == "Wear a reflector in the dark"
    revision = EntryRevision.objects.get(language="en")
    services.revision_approve(revision=revision, user=Entry.objects.get(key=KEY).history.first().history_user)
    assert Entry.objects.get(key=KEY).text("en").title == "Reflectors are a must"


def test_drafts_are_still_edited_directly(as_persona, tartu_editor):
    write_entry(tartu_editor, key="a-draft")
    editor = as_persona("tartu_editor")
    data = form_data(soup_of(editor.get("/en/spikker/a-draft/edit/")))
    data.update(title_et="Uus pealkiri")
    assert editor.post("/en/spikker/a-draft/edit/", data).status_code == 302
    assert Entry.objects.get(key="a-draft").text("et").title == "Uus pealkiri" and not EntryRevision.objects.exists()


@pytest.mark.parametrize("persona", ["member", "anonymous", "facilitator"])
def test_others_cannot_see_or_decide_a_proposed_change(as_persona, published, persona):
    _propose_new_title(as_persona("tartu_editor"))
    revision = EntryRevision.objects.get()
    client = as_persona(persona)
    assert client.get(f"/en/spikker/{KEY}/changes/{revision.pk}/").status_code in (302, 403)
    client.post(f"/en/spikker/{KEY}/changes/{revision.pk}/", {"decision": "approve"})
    assert EntryRevision.objects.get().status == RevisionStatus.PENDING
    assert as_persona("coordinator").get(f"/en/spikker/{KEY}/changes/99999/").status_code == 404
