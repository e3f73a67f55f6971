"""Every facilitator action, by everyone who might try it: only the workshop's own facilitator (as a user
or through a facilitator token) and a coordinator may; the others are refused and nothing changes."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.test import Client

from teekond.core.roles import Role
from teekond.journey.models import Perspective, Stage
from teekond.workshops import services, tokens
from teekond.workshops.models import Note, NoteGroup, Phase, Workshop

pytestmark = pytest.mark.django_db
API = "/api/v1/workshops"
ALLOWED = ["facilitator", "coordinator", "host"]
REFUSED = ["participant", "member", "tartu_editor", "other_facilitator", "other_host", "anonymous"]


def new_workshop(user):
    return services.workshop_create(
        user=user,
        title="Töötuba",
        stages=Stage.objects.filter(slug="residence-registration"),
        perspectives=Perspective.objects.filter(slug="kov"),
    )


@pytest.fixture
def other_facilitator(django_user_model):
    return django_user_model.objects.create_user(username="teine-fasilitaator", role=Role.FACILITATOR)


@pytest.fixture
def setup(facilitator, other_facilitator):
    """A board with a note and a group; tokens of its facilitator, a participant and another board's host."""
    workshop, host_token = new_workshop(facilitator)
    participant, participant_token = services.participant_join(workshop=workshop, name="Mari")
    host = workshop.participants.get(is_facilitator=True)
    services.phase_set(actor=host, workshop=workshop, phase=Phase.COLLECT)
    note = services.note_post(participant=participant, stage="residence-registration", perspective="kov", text="Üks")
    loose = services.note_post(participant=participant, stage="residence-registration", perspective="kov", text="Kaks")
    services.phase_set(actor=host, workshop=workshop, phase=Phase.GROUP)
    group = services.group_create(actor=host, workshop=workshop, title="Grupp", note_ids=[note.pk])
    other, other_token = new_workshop(other_facilitator)
    return {
        "workshop": workshop,
        "group": group,
        "loose": loose,
        "host": host,
        "participant": participant,
        "other_host": other.participants.get(is_facilitator=True),
        "tokens": {"host": host_token, "participant": participant_token, "other_host": other_token},
    }


def actor_for(name, setup, request):
    if name in ("host", "participant", "other_host"):
        return setup[name]
    if name == "anonymous":
        return AnonymousUser()
    return request.getfixturevalue(name)


# name: (phase the board is in, the call, what shows it happened)
ACTIONS = {
    "phase_set": (
        Phase.GROUP,
        lambda actor, s: services.phase_set(actor=actor, workshop=s["workshop"], phase=Phase.VOTE),
        lambda s: Workshop.objects.get(pk=s["workshop"].pk).phase == Phase.VOTE,
    ),
    "timer_set": (
        Phase.GROUP,
        lambda actor, s: services.timer_set(actor=actor, workshop=s["workshop"], seconds=60),
        lambda s: Workshop.objects.get(pk=s["workshop"].pk).timer_ends_at is not None,
    ),
    "group_create": (
        Phase.GROUP,
        lambda actor, s: services.group_create(
            actor=actor, workshop=s["workshop"], title="Uus", note_ids=[s["loose"].pk]
        ),
        lambda s: NoteGroup.objects.filter(title="Uus").exists(),
    ),
    "group_update": (
        Phase.GROUP,
        lambda actor, s: services.group_update(actor=actor, group=s["group"], title="Uus nimi"),
        lambda s: NoteGroup.objects.get(pk=s["group"].pk).title == "Uus nimi",
    ),
    "note_hide": (
        Phase.GROUP,
        lambda actor, s: services.note_hide(actor=actor, note=s["loose"]),
        lambda s: Note.objects.get(pk=s["loose"].pk).is_hidden,
    ),
    "focus_set": (
        Phase.DISCUSS,
        lambda actor, s: services.focus_set(actor=actor, workshop=s["workshop"], group=s["group"]),
        lambda s: Workshop.objects.get(pk=s["workshop"].pk).focus_group_id == s["group"].pk,
    ),
    "decision_save": (
        Phase.DISCUSS,
        lambda actor, s: services.decision_save(actor=actor, group=s["group"], text="Otsus"),
        lambda s: NoteGroup.objects.get(pk=s["group"].pk).decision == "Otsus",
    ),
    "workshop_close": (
        Phase.SUMMARY,
        lambda actor, s: services.workshop_close(actor=actor, workshop=s["workshop"]),
        lambda s: Workshop.objects.get(pk=s["workshop"].pk).is_closed,
    ),
}


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("persona", ALLOWED + REFUSED)
def test_facilitator_actions_in_the_services(setup, request, action, persona):
    phase, act, happened = ACTIONS[action]
    services.phase_set(actor=setup["host"], workshop=setup["workshop"], phase=phase)
    actor = actor_for(persona, setup, request)
    if persona in ALLOWED:
        act(actor, setup)
        assert happened(setup)
    else:
        with pytest.raises(PermissionDenied, match="Only the facilitator of this workshop"):
            act(actor, setup)
        assert not happened(setup)


@pytest.mark.parametrize("persona", ["facilitator", "coordinator", "member", "tartu_editor", "other_facilitator"])
def test_a_facilitator_seat_for_the_page_is_given_to_who_may_run_the_workshop(setup, request, persona):
    user = request.getfixturevalue(persona)
    if persona in ALLOWED:
        seat, token = tokens.facilitator_seat(user=user, workshop=setup["workshop"])
        assert seat.is_facilitator and services.participant_for_token(setup["workshop"].code, token) == seat
    else:
        with pytest.raises(PermissionDenied):
            tokens.facilitator_seat(user=user, workshop=setup["workshop"])


@pytest.mark.parametrize("persona", ["coordinator", "facilitator", "member", "tartu_editor", "anonymous"])
def test_who_may_create_a_workshop(request, persona):
    user = AnonymousUser() if persona == "anonymous" else request.getfixturevalue(persona)
    if persona in ("coordinator", "facilitator"):
        assert new_workshop(user)[0].facilitator == user
    else:
        with pytest.raises(PermissionDenied):
            new_workshop(user)


# The same through the JSON interface: tokens of participants and of other boards are refused.

ENDPOINTS = {
    "phase_set": ("post", "phase", lambda s: {"phase": "vote"}),
    "timer_set": ("post", "timer", lambda s: {"seconds": 60}),
    "group_create": ("post", "groups", lambda s: {"title": "Uus", "notes": [s["loose"].pk]}),
    "group_update": ("patch", "groups/{group}", lambda s: {"title": "Uus nimi"}),
    "note_hide": ("post", "notes/{loose}/hide", lambda s: {"hidden": True}),
    "focus_set": ("post", "focus", lambda s: {"group": s["group"].pk}),
    "decision_save": ("post", "groups/{group}/decision", lambda s: {"text": "Otsus"}),
    "workshop_close": ("post", "close", lambda s: {}),
}


@pytest.mark.parametrize("action", ENDPOINTS)
@pytest.mark.parametrize("token, status", [("host", None), ("participant", 403), ("other_host", 401), (None, 401)])
def test_facilitator_endpoints(setup, action, token, status):
    """`status` None: done, 200 or 201 (a new group)."""
    phase, _act, happened = ACTIONS[action]
    services.phase_set(actor=setup["host"], workshop=setup["workshop"], phase=phase)
    method, path, body = ENDPOINTS[action]
    path = path.format(group=setup["group"].pk, loose=setup["loose"].pk)
    headers = {"HTTP_AUTHORIZATION": f"Bearer {setup['tokens'][token]}"} if token else {}
    send = getattr(Client(), method)
    response = send(f"{API}/{setup['workshop'].code}/{path}", body(setup), content_type="application/json", **headers)
    if status is None:
        assert response.status_code in (200, 201) and happened(setup)
    else:
        assert response.status_code == status and response.json()["detail"] and not happened(setup)
