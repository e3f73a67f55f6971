"""The workshops' fixtures: a workshop with its facilitator, another facilitator, and a board with a note and a
group on it."""

import pytest

from teekond.core.roles import Role
from teekond.journey.models import Perspective, Stage
from teekond.network.models import Event
from teekond.workshops import services
from teekond.workshops.models import Phase
from teekond.workshops.tests.helpers import PERSPECTIVES, STAGES, join, post, set_phase, to_phase


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


@pytest.fixture
def host(workshop):
    """The facilitator's own seat (token) on the board."""
    return workshop.participants.get(is_facilitator=True)


@pytest.fixture
def voting(workshop, host):
    """A board in the vote phase with a group of one note and a loose note; budget 3, cap 2."""
    to_phase(workshop, Phase.COLLECT)
    mari = join(workshop)
    grouped, loose = post(mari, text="Grouped"), post(mari, text="Loose")
    to_phase(workshop, Phase.GROUP)
    group = services.group_create(actor=host, workshop=workshop, title="G", note_ids=[grouped.pk])
    to_phase(workshop, Phase.VOTE)
    return {"workshop": workshop, "mari": mari, "group": group, "grouped": grouped, "loose": loose}
