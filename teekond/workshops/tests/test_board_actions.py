"""Every action on the board from the pages' forms: who may take it, what it answers (JSON, htmx, a redirect),
and that each write view refuses the wrong method."""

import pathlib

import pytest
from django.test import Client
from django.urls import get_resolver

from teekond.workshops import actions, api, services, tokens
from teekond.workshops.models import Note, NoteGroup, Phase, Workshop
from teekond.workshops.tests.helpers import HTMX, JSON, joined, set_phase, soup

pytestmark = pytest.mark.django_db


# Every facilitator action: allowed for the workshop's facilitator only

ACTIONS = {
    "phase": ("phase/", lambda w: {"phase": "collect"}),
    "timer": ("timer/", lambda w: {"minutes": 3}),
    "groups": ("groups/", lambda w: {"notes": [w.note.pk], "title": "Keel", "grouping": "new"}),
    "rename": ("groups/{group}/", lambda w: {"title": "Uus nimi"}),
    "decision": ("groups/{group}/decision/", lambda w: {"decision": "Teeme nii."}),
    "hide": ("notes/{note}/hide/", lambda w: {"hidden": "1"}),
    "focus": ("focus/", lambda w: {"group": w.group.pk}),
    "close": ("close/", lambda w: {}),
}
PHASE_FOR = {"groups": Phase.GROUP, "focus": Phase.DISCUSS, "decision": Phase.DISCUSS}


def action_url(board, action):
    path, _data = ACTIONS[action]
    return f"/en/workshops/{board.code}/" + path.format(group=board.group.pk, note=board.note.pk)


@pytest.mark.parametrize("action", ACTIONS)
def test_facilitator_actions_are_refused_to_everyone_but_its_runners(action, board, as_persona, other_facilitator):
    url, data = action_url(board, action), ACTIONS[action][1](board)
    version = Workshop.objects.get(pk=board.pk).version
    assert as_persona("anonymous").post(url, data).status_code == 403
    for persona in ("member", "tartu_editor"):
        assert as_persona(persona).post(url, data).status_code == 404, persona
    outsider = Client()
    outsider.force_login(other_facilitator)
    assert outsider.post(url, data).status_code == 404
    assert Workshop.objects.get(pk=board.pk).version == version  # nothing changed


@pytest.mark.parametrize("action", ACTIONS)
def test_the_facilitator_runs_every_action(action, board, client, facilitator):
    set_phase(board, PHASE_FOR.get(action, Phase.GROUP))
    client.force_login(facilitator)
    url, data = action_url(board, action), ACTIONS[action][1](board)
    assert client.get(url).status_code == 405
    response = client.post(url, data, **JSON)
    assert response.status_code == 200, response.content
    assert response.json()["message"]
    board.refresh_from_db()
    assert {
        "phase": lambda: board.phase == Phase.COLLECT,
        "timer": lambda: board.timer_ends_at is not None,
        "groups": lambda: NoteGroup.objects.filter(workshop=board, title="Keel").exists(),
        "rename": lambda: NoteGroup.objects.get(pk=board.group.pk).title == "Uus nimi",
        "decision": lambda: NoteGroup.objects.get(pk=board.group.pk).decision == "Teeme nii.",
        "hide": lambda: Note.objects.get(pk=board.note.pk).is_hidden,
        "focus": lambda: board.focus_group_id == board.group.pk,
        "close": lambda: board.is_closed,
    }[action]()


def test_a_coordinator_runs_the_actions_too(board, as_persona):
    response = as_persona("coordinator").post(action_url(board, "phase"), {"phase": "vote"})
    assert response.status_code == 302
    assert Workshop.objects.get(pk=board.pk).phase == Phase.VOTE


def test_without_javascript_an_action_comes_back_to_the_console_with_its_message(board, client, facilitator):
    client.force_login(facilitator)
    response = client.post(action_url(board, "focus"), {"group": board.group.pk}, follow=True)  # not in discuss
    assert response.redirect_chain[-1][0] == f"/en/workshops/{board.code}/"
    assert "only in the discuss phase" in response.content.decode()


def test_an_action_refused_by_the_board_answers_409_with_the_reason(board, client, facilitator):
    client.force_login(facilitator)
    response = client.post(action_url(board, "focus"), {"group": board.group.pk}, **JSON)
    assert response.status_code == 409
    assert "discuss phase" in response.json()["error"]


def test_grouping_needs_ticked_notes_and_a_title_or_a_group(board, client, facilitator):
    client.force_login(facilitator)
    url = f"/en/workshops/{board.code}/groups/"
    assert "Tick the notes" in client.post(url, {"title": "X", "grouping": "new"}, **JSON).json()["error"]
    # A value that is not valid is 422, on a page's form as on the JSON interface (actions.STATUSES).
    assert client.post(url, {"notes": [board.note.pk], "title": "", "grouping": "new"}, **JSON).status_code == 422
    response = client.post(url, {"notes": [board.note.pk], "into": board.group.pk, "grouping": "add"}, **JSON)
    assert response.status_code == 200
    assert Note.objects.get(pk=board.note.pk).group_id == board.group.pk


def test_the_console_shows_hidden_notes_marked_and_the_projector_leaves_them_out(board, client, facilitator):
    services.note_hide(actor=facilitator, note=board.note, hidden=True)
    client.force_login(facilitator)
    console = soup(client.get(f"/en/workshops/{board.code}/"))
    assert "hidden from participants" in console.select_one(f"#note-{board.note.pk}").get_text()
    projector = soup(client.get(f"/en/workshops/{board.code}/projector/"))
    assert not projector.select(f"#note-{board.note.pk}")
    assert not projector.select("form, button")  # nothing to press on the projector
    assert projector.select_one(".workshop-code").get_text() == board.code


# The wrong method: every write view takes POST only (or GET and POST), every page GET only


WRITE_VIEWS = [
    *(path for path, _data in ACTIONS.values()),
    "token/",
    "hand-over/",
]
PARTICIPANT_WRITES = ["notes/", "votes/", "votes/withdraw/"]


@pytest.mark.parametrize("path", WRITE_VIEWS)
def test_every_facilitator_write_view_refuses_other_methods(path, board, client, facilitator):
    client.force_login(facilitator)
    url = f"/en/workshops/{board.code}/" + path.format(group=board.group.pk, note=board.note.pk)
    version = Workshop.objects.get(pk=board.pk).version
    for method in ("get", "put", "patch", "delete"):
        assert getattr(client, method)(url).status_code == 405, (method, url)
    assert Workshop.objects.get(pk=board.pk).version == version  # nothing changed


@pytest.mark.parametrize("path", PARTICIPANT_WRITES)
def test_every_participant_write_view_refuses_other_methods(path, board):
    client = joined(board)
    url = f"/en/w/{board.code}/{path}"
    for method in ("get", "put", "patch", "delete"):
        assert getattr(client, method)(url).status_code == 405, (method, url)


def test_the_pages_refuse_methods_they_do_not_take(board, client, facilitator):
    client.force_login(facilitator)
    code = board.code
    for url in (f"/en/workshops/{code}/", f"/en/workshops/{code}/projector/"):
        assert client.post(url).status_code == 405, url
    for url in (f"/en/workshops/{code}/export.csv", f"/en/workshops/{code}/export.pdf"):
        assert client.post(url).status_code == 405, url
    for url in ("/en/workshops/", f"/en/workshops/{code}/outcome/", f"/en/w/{code}/"):
        assert client.put(url).status_code == 405, url
        assert client.delete(url).status_code == 405, url


# One table of actions, one map of refusals


def test_every_action_of_the_table_has_a_form_view_and_an_endpoint():
    views = get_resolver().url_patterns
    taken = set()

    def walk(patterns):
        for pattern in patterns:
            if hasattr(pattern, "url_patterns"):
                walk(pattern.url_patterns)
            elif hasattr(pattern.callback, "board_action"):
                taken.add(pattern.callback.board_action.name)

    walk(views)
    # "Add to the group" is the groups form's other button: group_move, taken by the same view as group_create.
    assert taken | {"group_move"} == set(actions.ACTIONS)
    source = pathlib.Path(api.__file__).read_text(encoding="utf-8")
    assert all(f'"{name}"' in source for name in actions.ACTIONS)


def test_a_refusal_has_the_same_status_on_a_form_and_on_the_json_interface(board, client, facilitator):
    """Focus outside the discuss phase: 409 on both, with the same words."""
    client.force_login(facilitator)
    form = client.post(action_url(board, "focus"), {"group": board.group.pk}, **JSON)
    token = services.participant_join(workshop=board, name="x")[1]  # not a facilitator: 403 on the interface
    assert form.status_code == 409
    answer = Client().post(
        f"/api/v1/workshops/{board.code}/focus",
        {"group": board.group.pk},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token}",
    )
    assert answer.status_code == 403
    _seat, facilitator_token = tokens.facilitator_seat(user=facilitator, workshop=board)
    answer = Client().post(
        f"/api/v1/workshops/{board.code}/focus",
        {"group": board.group.pk},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {facilitator_token}",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert answer.status_code == 409 and answer.json()["detail"] == form.json()["error"]


# What htmx gets: the board drawn afresh, announcing what was done; a refusal's words alone


def test_an_htmx_form_is_answered_with_the_board_saying_what_was_done(board, client, facilitator):
    client.force_login(facilitator)
    response = client.post(action_url(board, "phase"), {"phase": "vote"}, **HTMX)
    assert response.status_code == 200
    live = soup(response).select_one("#board-live")
    assert live["data-announce"] == "The workshop is now in the phase: vote."
    assert live["data-version"] == str(Workshop.objects.get(pk=board.pk).version)
    assert live["hx-get"].startswith(f"/en/workshops/{board.code}/?fragment=1&since={live['data-version']}")


def test_an_htmx_refusal_is_its_message_with_its_status(board):
    client = joined(board)
    response = client.post(f"/en/w/{board.code}/votes/", {"target": f"g{board.group.pk}"}, **HTMX)
    assert response.status_code == 409
    assert response["Content-Type"].startswith("text/plain")
    assert response.content.decode() == "Votes can be given only in the vote phase."


def test_the_polled_fragment_is_empty_while_the_board_is_unchanged(board):
    client = joined(board)
    version = Workshop.objects.get(pk=board.pk).version
    unchanged = client.get(f"/en/w/{board.code}/", {"fragment": "1", "since": version}, **HTMX)
    assert unchanged.status_code == 204 and unchanged.content == b""
    changed = client.get(f"/en/w/{board.code}/", {"fragment": "1", "since": version - 1}, **HTMX)
    assert changed.status_code == 200 and soup(changed).select_one("#board-live")
