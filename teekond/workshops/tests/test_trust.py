"""Issue 14's findings on workshops: what a caller who may not see a workshop can learn (9), facilitator tokens
that end (3), the join limit that never refuses a right code (5) and the limits on one participant's notes (10)."""

import re

import pytest
from django.test import Client

from teekond.core.roles import Role
from teekond.journey.models import Perspective, Stage
from teekond.workshops import services
from teekond.workshops.models import Workshop

pytestmark = pytest.mark.django_db
CELL = ("residence-registration", "kov")


def new_workshop(user, **options):
    workshop, token = services.workshop_create(
        user=user,
        title="Töötuba",
        stages=Stage.objects.filter(slug=CELL[0]),
        perspectives=Perspective.objects.filter(slug=CELL[1]),
        **options,
    )
    return workshop, token


@pytest.fixture
def other_facilitator(django_user_model):
    return django_user_model.objects.create_user(username="teine-fasilitaator", role=Role.FACILITATOR)


def _page(response) -> str:
    """The page without its CSRF token, which is masked afresh in every answer."""
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", response.content.decode())


# Finding 9: a signed-in user cannot tell a real code from an unknown one.

FACILITATOR_PAGES = ["", "projector/", "outcome/", "export.csv", "export.pdf"]
FACILITATOR_POSTS = ["phase/", "timer/", "groups/", "focus/", "close/", "outcome/"]


@pytest.mark.parametrize("persona", ["member", "tartu_editor", "other_facilitator"])
def test_a_workshop_one_may_not_run_looks_like_one_that_does_not_exist(request, facilitator, persona):
    workshop, _token = new_workshop(facilitator)
    client = Client()
    client.force_login(request.getfixturevalue(persona))
    for path in FACILITATOR_PAGES:
        real = client.get(f"/en/workshops/{workshop.code}/{path}")
        unknown = client.get(f"/en/workshops/ZZZZZZ/{path}")
        assert real.status_code == unknown.status_code == 404, path
        assert _page(real) == _page(unknown).replace("ZZZZZZ", workshop.code), path
    for path in FACILITATOR_POSTS:
        real = client.post(f"/en/workshops/{workshop.code}/{path}", {"phase": "collect"})
        unknown = client.post(f"/en/workshops/ZZZZZZ/{path}", {"phase": "collect"})
        assert real.status_code == unknown.status_code == 404, path
    workshop.refresh_from_db()
    assert workshop.phase == "lobby"


# Finding 5: a room behind one address is never locked out by its own mistyped codes.


def test_after_many_wrong_codes_from_one_address_the_right_code_still_joins(facilitator):
    workshop, _token = new_workshop(facilitator)
    phone = Client()
    for attempt in range(services.WRONG_CODES_ALLOWED):
        assert phone.get(f"/en/w/WRONG{attempt % 10}/").status_code == 404
    refused = phone.get("/en/w/WRONGX/")
    assert refused.status_code == 429 and "a right code always works" in refused.content.decode()
    another_phone_same_wifi = Client()
    assert another_phone_same_wifi.get(f"/en/w/{workshop.code}/").status_code == 200
    assert another_phone_same_wifi.post(f"/en/w/{workshop.code}/", {"name": "Mari"}).status_code == 302


# Finding 10: one participant cannot flood the board.


def _seat(workshop, name="Mari"):
    client = Client()
    assert client.post(f"/en/w/{workshop.code}/", {"name": name}).status_code == 302
    return client


def _post(client, workshop, text, **headers):
    data = {"stage": CELL[0], "perspective": CELL[1], "text": text}
    return client.post(f"/en/w/{workshop.code}/notes/", data, **headers)


def test_notes_per_minute_are_limited_with_a_clear_message_on_the_phone(facilitator):
    workshop, _token = new_workshop(facilitator, notes_per_minute=3)
    services.phase_set(actor=facilitator, workshop=workshop, phase="collect")
    phone = _seat(workshop)
    for number in range(3):
        assert _post(phone, workshop, f"Märkus {number}", HTTP_ACCEPT="application/json").status_code == 200
    refused = _post(phone, workshop, "Veel üks", HTTP_ACCEPT="application/json")
    assert refused.status_code == 429
    assert refused.json() == {"error": "You can post 3 notes a minute. Wait a moment, then post again."}
    without_script = _post(phone, workshop, "Veel üks")
    assert without_script.status_code == 302
    page = phone.get(without_script["Location"]).content.decode()
    assert "You can post 3 notes a minute" in page
    assert _post(_seat(workshop, "Jaan"), workshop, "Jaani oma", HTTP_ACCEPT="application/json").status_code == 200
    assert workshop.notes.count() == 4


def test_notes_per_person_are_limited_and_the_limit_is_the_workshops(facilitator):
    workshop, _token = new_workshop(facilitator, note_limit=2, notes_per_minute=60)
    services.phase_set(actor=facilitator, workshop=workshop, phase="collect")
    seat, _token = services.participant_join(workshop=workshop, name="Mari")
    for number in range(2):
        services.note_post(participant=seat, stage=CELL[0], perspective=CELL[1], text=f"Märkus {number}")
    with pytest.raises(services.BoardConflict, match="You have posted 2 notes, as many as one person can"):
        services.note_post(participant=seat, stage=CELL[0], perspective=CELL[1], text="Kolmas")
    assert workshop.notes.count() == 2


def test_the_api_answers_too_many_notes_with_429(facilitator):
    workshop, _token = new_workshop(facilitator, notes_per_minute=1)
    services.phase_set(actor=facilitator, workshop=workshop, phase="collect")
    api = f"/api/v1/workshops/{workshop.code}"
    token = Client().post(f"{api}/join", {}, content_type="application/json").json()["token"]
    note = {"text": "Üks", "stage": CELL[0], "perspective": CELL[1]}
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}", "HTTP_ACCEPT_LANGUAGE": "en"}
    assert Client().post(f"{api}/notes", note, content_type="application/json", **headers).status_code == 201
    refused = Client().post(f"{api}/notes", note, content_type="application/json", **headers)
    assert refused.status_code == 429 and "1 note a minute" in refused.json()["detail"]


def test_the_facilitator_sets_the_limits_when_making_the_workshop(as_persona):
    data = {
        "title": "Piiridega",
        "stages": [Stage.objects.get(slug=CELL[0]).pk],
        "perspectives": [Perspective.objects.get(slug=CELL[1]).pk],
        "language": "et",
        "vote_budget": 5,
        "vote_cap": 2,
        "note_limit": 12,
        "notes_per_minute": 4,
    }
    assert as_persona("facilitator").post("/en/workshops/", data).status_code == 302
    made = Workshop.objects.get(title="Piiridega")
    assert (made.note_limit, made.notes_per_minute) == (12, 4)


# Finding 3: facilitator tokens end with the facilitator's role, the hand-over, closing and rotation.

API = "/api/v1/workshops"


def _board_status(workshop, token) -> int:
    return Client().get(f"{API}/{workshop.code}/board", HTTP_AUTHORIZATION=f"Bearer {token}").status_code


def _phase_status(workshop, token) -> int:
    body = {"phase": "collect"}
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    return Client().post(f"{API}/{workshop.code}/phase", body, content_type="application/json", **headers).status_code


def test_deactivating_the_facilitator_ends_their_tokens(facilitator):
    workshop, token = new_workshop(facilitator)
    assert _phase_status(workshop, token) == 200
    facilitator.is_active = False
    facilitator.save()
    assert _board_status(workshop, token) == 401 and _phase_status(workshop, token) == 401


def test_losing_the_role_ends_the_tokens_too(facilitator):
    workshop, token = new_workshop(facilitator)
    facilitator.role = Role.NETWORK_MEMBER
    facilitator.save()
    assert _phase_status(workshop, token) == 401


def test_handing_over_ends_the_earlier_tokens(facilitator, other_facilitator):
    from teekond.workshops import tokens

    workshop, token = new_workshop(facilitator)
    participant, participant_token = services.participant_join(workshop=workshop, name="Mari")
    tokens.workshop_hand_over(actor=facilitator, workshop=workshop, to_user=other_facilitator)
    assert _phase_status(workshop, token) == 401
    assert _board_status(workshop, participant_token) == 200  # the room goes on
    old, new = Client(), Client()
    old.force_login(facilitator)
    new.force_login(other_facilitator)
    assert old.get(f"/en/workshops/{workshop.code}/").status_code == 404
    page = new.get(f"/en/workshops/{workshop.code}/")
    new_token = re.search(r'data-token="([^"]+)"', page.content.decode())[1]
    assert _phase_status(workshop, new_token) == 200


def test_the_console_hands_over_to_a_facilitator_only(facilitator, other_facilitator, member, as_persona):
    workshop, token = new_workshop(facilitator)
    client = as_persona("facilitator")
    refused = client.post(f"/en/workshops/{workshop.code}/hand-over/", {"to_user": member.pk})
    assert refused.status_code == 302 and Workshop.objects.get(pk=workshop.pk).facilitator == facilitator
    done = client.post(f"/en/workshops/{workshop.code}/hand-over/", {"to_user": other_facilitator.pk})
    assert done.status_code == 302 and Workshop.objects.get(pk=workshop.pk).facilitator == other_facilitator
    assert _phase_status(workshop, token) == 401


def test_closing_ends_the_facilitator_tokens_but_the_room_still_reads_the_board(facilitator, as_persona):
    workshop, token = new_workshop(facilitator)
    _participant, participant_token = services.participant_join(workshop=workshop, name="Mari")
    services.workshop_close(actor=facilitator, workshop=workshop)
    assert _board_status(workshop, token) == 401
    assert _board_status(workshop, participant_token) == 200
    console = as_persona("facilitator").get(f"/en/workshops/{workshop.code}/")
    assert console.status_code == 200 and 'data-token=""' in console.content.decode()  # the summary, no token


def test_a_facilitator_rotates_their_token(facilitator, as_persona):
    workshop, token = new_workshop(facilitator)
    rotated = Client().post(f"{API}/{workshop.code}/token", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert rotated.status_code == 201
    new_token = rotated.json()["token"]
    assert _phase_status(workshop, token) == 401 and _phase_status(workshop, new_token) == 200
    client = as_persona("facilitator")
    page_token = re.search(r'data-token="([^"]+)"', client.get(f"/en/workshops/{workshop.code}/").content.decode())[1]
    assert client.post(f"/en/workshops/{workshop.code}/token/").status_code == 302
    assert _phase_status(workshop, new_token) == 401 and _phase_status(workshop, page_token) == 401
    after = re.search(r'data-token="([^"]+)"', client.get(f"/en/workshops/{workshop.code}/").content.decode())[1]
    assert after != page_token and _board_status(workshop, after) == 200


def test_a_participant_cannot_rotate_or_hand_over(facilitator):
    workshop, token = new_workshop(facilitator)
    _participant, participant_token = services.participant_join(workshop=workshop, name="Mari")
    refused = Client().post(f"{API}/{workshop.code}/token", HTTP_AUTHORIZATION=f"Bearer {participant_token}")
    assert refused.status_code == 403 and _phase_status(workshop, token) == 200
