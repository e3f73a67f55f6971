"""The workshop pages with Django's test client: who may open and run them, joining, and the seat a cookie keeps."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from teekond.core.roles import Role
from teekond.journey.models import Perspective, Stage
from teekond.network.models import Event
from teekond.workshops import render, services
from teekond.workshops.models import Note, NoteGroup, Participant, Phase, Vote, Workshop

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}
STAGES = ["residence-registration", "personal-code"]
PERSPECTIVES = ["kov", "immigrant"]


@pytest.fixture
def workshop(facilitator):
    made, _token = services.workshop_create(
        user=facilitator,
        title="Töötuba",
        stages=Stage.objects.filter(slug__in=STAGES),
        perspectives=Perspective.objects.filter(slug__in=PERSPECTIVES),
        event=Event.objects.get(start_date="2025-03-20"),
        language="et",
        vote_budget=2,
        vote_cap=1,
    )
    return made


@pytest.fixture
def other_facilitator(db, django_user_model):
    return django_user_model.objects.create_user(username="teine-fasilitaator", role=Role.FACILITATOR)


def set_phase(workshop, phase):
    services.phase_set(actor=workshop.facilitator, workshop=workshop, phase=phase)
    workshop.refresh_from_db()


def joined(workshop, name="Mari") -> Client:
    client = Client()
    response = client.post(f"/en/w/{workshop.code}/", {"name": name})
    assert response.status_code == 302
    return client


def seat_of(client, workshop) -> Participant:
    return Participant.objects.filter(workshop=workshop, is_facilitator=False).latest("joined_at")


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


# The facilitator's pages: who may open them


def test_anonymous_visitors_are_sent_to_sign_in(client, workshop):
    for url in ("/en/workshops/", f"/en/workshops/{workshop.code}/", f"/en/workshops/{workshop.code}/projector/"):
        response = client.get(url)
        assert response.status_code == 302 and "/login/" in response["Location"], url


@pytest.mark.parametrize("persona", ["member", "tartu_editor"])
def test_network_members_without_the_role_are_refused(as_persona, persona, workshop):
    client = as_persona(persona)
    assert client.get("/en/workshops/").status_code == 403
    for url in (f"/en/workshops/{workshop.code}/", f"/en/workshops/{workshop.code}/projector/"):
        assert client.get(url).status_code == 404, url  # as for a code that does not exist


def test_another_facilitator_may_not_run_someone_elses_workshop(client, other_facilitator, workshop):
    client.force_login(other_facilitator)
    assert client.get("/en/workshops/").status_code == 200  # may make workshops of their own
    assert client.get(f"/en/workshops/{workshop.code}/").status_code == 404
    assert client.get(f"/en/workshops/{workshop.code}/projector/").status_code == 404


def test_a_coordinator_runs_any_workshop(as_persona, workshop):
    assert as_persona("coordinator").get(f"/en/workshops/{workshop.code}/").status_code == 200


def test_an_unknown_code_on_the_console_is_404(as_persona):
    assert as_persona("facilitator").get("/en/workshops/NOSUCH/").status_code == 404


def test_the_list_shows_only_my_workshops(client, facilitator, other_facilitator, workshop):
    client.force_login(other_facilitator)
    assert workshop.code not in client.get("/en/workshops/").content.decode()
    client.force_login(facilitator)
    assert workshop.code in client.get("/en/workshops/").content.decode()


def test_a_facilitator_creates_a_workshop_with_the_form(as_persona):
    client = as_persona("facilitator")
    page = soup(client.get("/en/workshops/"))
    event = Event.objects.get(start_date="2025-03-20")
    assert page.select_one(f"#id_event option[value='{event.pk}']")
    assert "Registering your residence" in page.select_one("#id_stages").get_text()  # translated names
    stages = Stage.objects.filter(slug__in=STAGES)
    perspectives = Perspective.objects.filter(slug__in=PERSPECTIVES)
    form = {
        "title": "Kohanemisteekond",
        "event": event.pk,
        "stages": [stage.pk for stage in stages],
        "perspectives": [perspective.pk for perspective in perspectives],
        "language": "et",
        "vote_budget": 2,
        "vote_cap": 1,
        "prefill": "on",
    }
    response = client.post("/en/workshops/", form)
    made = Workshop.objects.get(title="Kohanemisteekond")
    assert response["Location"] == f"/en/workshops/{made.code}/"
    assert made.event == event and made.vote_budget == 2 and made.vote_cap == 1
    assert set(made.stages.values_list("slug", flat=True)) == set(STAGES)
    assert made.notes.exists()  # pre-filled with the map's bottlenecks of these cells


def test_the_form_refuses_a_cap_above_the_budget(as_persona):
    response = as_persona("facilitator").post("/en/workshops/", {"title": "X", "vote_budget": 2, "vote_cap": 3})
    assert response.status_code == 200
    assert "cannot be larger than the votes per person" in response.content.decode()
    assert not Workshop.objects.filter(title="X").exists()


def test_the_console_shows_code_address_qr_and_a_token_kept_per_session(client, facilitator, workshop):
    client.force_login(facilitator)
    page = soup(client.get(f"/en/workshops/{workshop.code}/"))
    assert page.select_one(".workshop-code").get_text() == workshop.code
    assert page.select_one(".join-address")["href"] == f"http://testserver/w/{workshop.code}/"
    assert page.select_one(".qr svg path")
    token = page.select_one("[data-workshop]")["data-token"]
    seat = services.participant_for_token(workshop.code, token)
    assert seat.is_facilitator and seat.user == facilitator
    addresses = [tag.get("href") or tag.get("action") for tag in page.select("[href], [action]")]
    assert not [address for address in addresses if token in address]  # never in an address
    again = soup(client.get(f"/en/workshops/{workshop.code}/"))
    assert again.select_one("[data-workshop]")["data-token"] == token  # the same seat, not a new one per visit


def test_the_join_address_without_a_language_leads_to_the_board_in_the_readers_language(client, workshop):
    response = client.get(f"/w/{workshop.code}/", HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 302 and response["Location"] == f"/ru/w/{workshop.code}/"


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


@pytest.fixture
def board(workshop):
    """A workshop with one loose note and one group of another note, in the phase each action needs."""
    seat, _token = services.participant_join(workshop=workshop, name="Mari")
    set_phase(workshop, Phase.COLLECT)
    workshop.note = services.note_post(participant=seat, stage=STAGES[0], perspective=PERSPECTIVES[0], text="Üks")
    grouped = services.note_post(participant=seat, stage=STAGES[0], perspective=PERSPECTIVES[0], text="Kaks")
    set_phase(workshop, Phase.GROUP)
    workshop.group = services.group_create(
        actor=workshop.facilitator, workshop=workshop, title="G", note_ids=[grouped.pk]
    )
    return workshop


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


# Joining


def test_the_join_page_asks_for_an_optional_name_and_municipality(client, workshop):
    page = soup(client.get(f"/en/w/{workshop.code}/"))
    assert page.select_one("label[for=id_name]") and page.select_one("label[for=id_municipality]")
    assert page.select_one("button[name=anonymous]")


def test_a_wrong_code_is_404_with_the_message_and_the_form_again(client):
    response = client.get("/en/w/NOSUCH/")
    assert response.status_code == 404
    page = soup(response)
    assert "No workshop has the code NOSUCH" in page.select_one("[role=alert]").get_text()
    assert page.select_one("form input[name=code]")["value"] == "NOSUCH"


def test_the_code_form_leads_to_the_workshop(client, workshop):
    response = client.get("/en/w/", {"code": f" {workshop.code.lower()} "})
    assert response["Location"] == f"/en/w/{workshop.code}/"
    assert client.get(f"/en/w/{workshop.code.lower()}/")["Location"] == f"/en/w/{workshop.code}/"


def test_guessing_codes_is_refused_with_429_but_a_right_code_still_works(client, workshop):
    for _attempt in range(services.WRONG_CODES_ALLOWED):
        assert client.get("/en/w/WRONG1/").status_code == 404
    response = client.get("/en/w/WRONG2/")
    assert response.status_code == 429
    assert "Too many wrong codes" in response.content.decode()
    assert client.get(f"/en/w/{workshop.code}/").status_code == 200


def test_a_closed_workshop_says_so(client, workshop):
    services.workshop_close(actor=workshop.facilitator, workshop=workshop)
    response = client.get(f"/en/w/{workshop.code}/")
    assert response.status_code == 410
    assert "This workshop is closed" in response.content.decode()
    assert client.post(f"/en/w/{workshop.code}/", {"name": "Hiline"}).status_code == 410
    assert not Participant.objects.filter(name="Hiline").exists()


def test_joining_anonymously_keeps_no_name(client, workshop):
    client.post(f"/en/w/{workshop.code}/", {"name": "Mari", "anonymous": "1"})
    assert seat_of(client, workshop).name == ""


# The participant's seat


def test_the_cookie_keeps_the_participants_identity_across_requests_and_languages(workshop):
    client = joined(workshop, "Mari")
    seat = seat_of(client, workshop)
    cookie = client.cookies["workshop-seat-en"]
    assert cookie["path"] == f"/en/w/{workshop.code}/" and cookie["httponly"]
    assert client.cookies["workshop-seat-et"]["path"] == f"/et/w/{workshop.code}/"
    page = soup(client.get(f"/en/w/{workshop.code}/"))
    assert page.select_one("#board-live")  # the board, not the join form
    token = page.select_one("[data-workshop]")["data-token"]
    assert services.participant_for_token(workshop.code, token) == seat
    set_phase(workshop, Phase.COLLECT)
    data = {"text": "Keel", "stage": STAGES[1], "perspective": PERSPECTIVES[0]}
    assert client.post(f"/en/w/{workshop.code}/notes/", data, **JSON).status_code == 200
    assert client.post(f"/et/w/{workshop.code}/notes/", data, **JSON).status_code == 200  # another language
    assert list(Note.objects.values_list("participant", flat=True)) == [seat.pk, seat.pk]
    assert Participant.objects.filter(workshop=workshop, is_facilitator=False).count() == 1
    board = soup(client.get(f"/en/w/{workshop.code}/"))
    assert "yours" in board.select_one(".note.is-mine .note-meta").get_text()


def test_a_forged_cookie_is_no_seat(client, workshop):
    client.cookies["workshop-seat-en"] = "made-up"
    assert soup(client.get(f"/en/w/{workshop.code}/")).select_one("#id_name")  # the join form again


def test_participant_actions_need_a_seat(client, workshop):
    set_phase(workshop, Phase.COLLECT)
    data = {"text": "x", "stage": STAGES[0], "perspective": PERSPECTIVES[0]}
    response = client.post(f"/en/w/{workshop.code}/notes/", data, **JSON)
    assert response.status_code == 403 and "Join the workshop first" in response.json()["error"]
    assert not Note.objects.exists()


def test_a_note_outside_the_collect_phase_is_refused(workshop):
    client = joined(workshop)
    data = {"text": "Liiga vara", "stage": STAGES[0], "perspective": PERSPECTIVES[0]}
    response = client.post(f"/en/w/{workshop.code}/notes/", data, **JSON)
    assert response.status_code == 409 and "collect" in response.json()["error"]


def test_an_anonymous_note_shows_no_name(workshop):
    client = joined(workshop, "Mari")
    set_phase(workshop, Phase.COLLECT)
    data = {"text": "Salajane", "stage": STAGES[0], "perspective": PERSPECTIVES[0], "anonymous": "on"}
    client.post(f"/en/w/{workshop.code}/notes/", data, **JSON)
    other = joined(workshop, "Jaan")
    meta = soup(other.get(f"/en/w/{workshop.code}/")).select_one(".note .note-meta").get_text()
    assert "Mari" not in meta and "anonymous" in meta


def test_votes_within_the_budget_and_a_refusal_beyond_it(board):
    client = joined(board)
    set_phase(board, Phase.VOTE)
    url = f"/en/w/{board.code}/votes/"
    first = client.post(url, {"target": f"g{board.group.pk}"}, **JSON)
    assert first.status_code == 200 and "1 vote left" in first.json()["message"]
    capped = client.post(url, {"target": f"g{board.group.pk}"}, **JSON)
    assert capped.status_code == 409 and "at most 1" in capped.json()["error"]
    assert client.post(url, {"target": f"n{board.note.pk}"}, **JSON).json()["message"].endswith("0 votes left.")
    refused = client.post(url, {"target": f"n{board.note.pk}"}, **JSON)
    assert refused.status_code == 409 and "used all your 2 votes" in refused.json()["error"]
    page = soup(client.get(f"/en/w/{board.code}/"))
    assert "0 votes left" in page.select_one("#votes-left").get_text()
    withdrawn = client.post(f"/en/w/{board.code}/votes/withdraw/", {"target": f"n{board.note.pk}"}, **JSON)
    assert withdrawn.status_code == 200 and "1 vote left" in withdrawn.json()["message"]
    assert Vote.objects.count() == 1


def test_a_refused_vote_without_javascript_is_a_message_on_the_board(board):
    client = joined(board)
    response = client.post(f"/en/w/{board.code}/votes/", {"target": f"g{board.group.pk}"}, follow=True)
    assert "only in the vote phase" in response.content.decode()


# The live fragment the script swaps in


def test_the_fragment_is_the_board_alone_and_says_what_changed(board):
    client = joined(board)
    response = client.get(f"/en/w/{board.code}/", {"fragment": "1", "seen": "0", "phase": "collect"})
    page = soup(response)
    live = page.select_one("#board-live")
    assert live and not page.select("header, footer")
    assert "{#" not in response.content.decode()  # a template comment over several lines would show
    assert live["data-version"] == str(Workshop.objects.get(pk=board.pk).version)
    assert live["data-announce"] == "The workshop is now in the phase: group. 2 new notes."
    unchanged = soup(client.get(f"/en/w/{board.code}/", {"fragment": "1", "seen": "2", "phase": "group"}))
    assert unchanged.select_one("#board-live")["data-announce"] == ""


def joined_with_csrf_checks(workshop, name) -> Client:
    client = Client(enforce_csrf_checks=True)
    form = soup(client.get(f"/en/w/{workshop.code}/")).select_one("[name=csrfmiddlewaretoken]")["value"]
    response = client.post(f"/en/w/{workshop.code}/", {"name": name, "csrfmiddlewaretoken": form})
    assert response.status_code == 302
    return client


def test_parts_drawn_once_for_everyone_still_show_each_reader_their_own(board):
    """Notes and vote counters are drawn once and reused for every reader who sees them alike; what is one
    reader's own stays theirs: "yours", their votes, and a CSRF token that works for them alone."""
    mari, jaan = joined_with_csrf_checks(board, "Mari"), joined_with_csrf_checks(board, "Jaan")
    set_phase(board, Phase.COLLECT)
    for reader, text in ((mari, "Mari märkus"), (jaan, "Jaani märkus")):
        token = soup(reader.get(f"/en/w/{board.code}/")).select_one("#note-form [name=csrfmiddlewaretoken]")["value"]
        data = {"text": text, "stage": STAGES[1], "perspective": PERSPECTIVES[1], "csrfmiddlewaretoken": token}
        assert reader.post(f"/en/w/{board.code}/notes/", data, **JSON).status_code == 200
    set_phase(board, Phase.VOTE)
    fragments = {}
    for name, reader in (("Mari", mari), ("Jaan", jaan)):
        response = reader.get(f"/en/w/{board.code}/", {"fragment": "1"})
        assert render.CSRF_PLACEHOLDER.encode() not in response.content
        fragments[name] = soup(response)
    mine = {
        name: [note.select_one(".note-text").get_text() for note in page.select(".note.is-mine")]
        for name, page in fragments.items()
    }
    assert mine == {"Mari": ["Mari märkus"], "Jaan": ["Jaani märkus"]}
    vote_form = fragments["Jaan"].select_one(f"#vote-g{board.group.pk}").find_parent("form")
    data = {field["name"]: field["value"] for field in vote_form.select("input[type=hidden]")}
    assert jaan.post(f"/en/w/{board.code}/votes/", data, **JSON).status_code == 200
    assert mari.post(f"/en/w/{board.code}/votes/", data, **JSON).status_code == 403  # Jaan's token is not Mari's
    page = soup(jaan.get(f"/en/w/{board.code}/", {"fragment": "1"}))
    assert "yours: 1" in page.select_one(f"#group-{board.group.pk} .vote-count").get_text()
    page = soup(mari.get(f"/en/w/{board.code}/", {"fragment": "1"}))
    assert "yours" not in page.select_one(f"#group-{board.group.pk} .vote-count").get_text()


def test_a_readers_votes_left_and_take_back_buttons_are_theirs_alone(board):
    """The board is drawn once for every reader; the votes on a loose note and what is left of the budget
    are put in for each reader, also on the page first loaded."""
    mari, jaan = joined(board, "Mari"), joined(board, "Jaan")
    set_phase(board, Phase.COLLECT)
    mari.post(f"/en/w/{board.code}/notes/", {"text": "Mari märkus", "stage": STAGES[1], "perspective": PERSPECTIVES[1]})
    note = Note.objects.get(text="Mari märkus")
    set_phase(board, Phase.VOTE)
    assert jaan.post(f"/en/w/{board.code}/votes/", {"target": f"n{note.pk}"}, **JSON).status_code == 200
    budget = Workshop.objects.get(pk=board.pk).vote_budget
    for query in ({"fragment": "1"}, {}):
        seen_by = {
            name: soup(reader.get(f"/en/w/{board.code}/", query)) for name, reader in (("Mari", mari), ("Jaan", jaan))
        }
        version = str(Workshop.objects.get(pk=board.pk).version)  # a vote changes the version, not the layout
        assert {page.select_one("#board-live")["data-version"] for page in seen_by.values()} == {version}
        assert {page.select_one(f"#note-{note.pk} .vote-count").get_text()[:6] for page in seen_by.values()} == {
            "1 vote"
        }
        assert seen_by["Jaan"].select_one(f"#unvote-n{note.pk}") is not None
        assert "yours: 1" in seen_by["Jaan"].select_one(f"#note-{note.pk} .vote-count").get_text()
        assert seen_by["Mari"].select_one(f"#unvote-n{note.pk}") is None
        assert "yours" not in seen_by["Mari"].select_one(f"#note-{note.pk} .vote-count").get_text()
        assert seen_by["Mari"].select_one(f"#note-{note.pk}.is-mine") is not None
        assert seen_by["Jaan"].select_one(f"#note-{note.pk}.is-mine") is None
        assert seen_by["Jaan"].select_one("#votes-left strong").get_text().startswith(f"{budget - 1} vote")
        assert seen_by["Mari"].select_one("#votes-left strong").get_text().startswith(f"{budget} vote")


def test_the_fragment_announces_the_results_and_the_focus_when_discussion_starts(board, facilitator):
    voter = joined(board)
    set_phase(board, Phase.VOTE)
    voter.post(f"/en/w/{board.code}/votes/", {"target": f"g{board.group.pk}"})
    set_phase(board, Phase.DISCUSS)
    services.focus_set(actor=facilitator, workshop=board, group=board.group)
    client = Client()
    client.force_login(facilitator)
    params = {"fragment": "1", "seen": "2", "phase": "vote", "focus": ""}
    announce = soup(client.get(f"/en/workshops/{board.code}/", params)).select_one("#board-live")["data-announce"]
    assert announce == "The workshop is now in the phase: discuss. Most votes: G (1). In focus: G."


def test_board_pages_mark_notes_in_the_workshops_language(board):
    client = joined(board)
    page = soup(client.get(f"/en/w/{board.code}/"))
    assert page.select_one(f"#title-n{board.note.pk}")["lang"] == "et"
    page = soup(client.get(f"/et/w/{board.code}/"))
    assert not page.select_one(f"#title-n{board.note.pk}").has_attr("lang")


# The phone board: nothing but the board, a note form that chooses nothing for the writer, notes in their language


def test_the_participants_board_has_no_site_menu(workshop):
    client = joined(workshop)
    page = soup(client.get(f"/en/w/{workshop.code}/"))
    assert page.select_one("#board-live") and not page.select("details.menu, nav.main-nav")
    assert page.select_one("nav.languages")  # the language can still be switched


def test_the_note_form_chooses_no_stage_and_no_perspective(workshop):
    client = joined(workshop)
    set_phase(workshop, Phase.COLLECT)
    form = soup(client.get(f"/en/w/{workshop.code}/")).select_one("#note-form")
    stage = form.select_one("select#id_stage")
    assert stage.select("option")[0]["value"] == "" and not stage.select('option[selected]:not([value=""])')
    radios = form.select('input[type=radio][name="perspective"]')
    assert len(radios) == len(PERSPECTIVES) and not [radio for radio in radios if radio.has_attr("checked")]
    assert form.select_one("fieldset legend").get_text() == "Whose view"


@pytest.mark.parametrize("language", ["uk", "en"])
def test_a_note_without_stage_or_perspective_is_refused_in_the_writers_language(workshop, language):
    client = joined(workshop)
    set_phase(workshop, Phase.COLLECT)
    response = client.post(f"/{language}/w/{workshop.code}/notes/", {"text": "Черга"}, **JSON)
    assert response.status_code == 422 and not Note.objects.exists()
    expected = {
        "uk": ("Виберіть етап шляху", "Виберіть, з чиєї точки зору"),
        "en": ("Choose the stage", "Choose whose"),
    }
    assert all(words in response.json()["error"] for words in expected[language])


def test_a_note_carries_the_language_of_the_interface_it_was_written_in(workshop):
    client = joined(workshop)
    set_phase(workshop, Phase.COLLECT)
    data = {"text": "Черга до ЦНАПу", "stage": STAGES[0], "perspective": PERSPECTIVES[1]}
    assert client.post(f"/uk/w/{workshop.code}/notes/", data, **JSON).status_code == 200
    note = Note.objects.get()
    assert note.language == "uk"
    on_ukrainian = soup(client.get(f"/uk/w/{workshop.code}/")).select_one(f"#title-n{note.pk}")
    assert on_ukrainian.get("lang") is None and not on_ukrainian.select(".lang-mark")
    on_estonian = soup(client.get(f"/et/w/{workshop.code}/")).select_one(f"#title-n{note.pk}")
    assert on_estonian["lang"] == "uk" and on_estonian["data-fallback"] == "uk"
    assert on_estonian.select_one('.lang-mark[lang="et"]').get_text() == "ukraina keeles"
