"""The workshop pages with Django's test client: who may open and run them, joining, and the seat a cookie keeps."""

import pytest

from teekond.journey.models import Perspective, Stage
from teekond.network.models import Event
from teekond.workshops import services
from teekond.workshops.models import Note, Participant, Phase, Vote, Workshop
from teekond.workshops.tests.helpers import JSON, PERSPECTIVES, STAGES, joined, seat_of, set_phase, soup

pytestmark = pytest.mark.django_db


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
