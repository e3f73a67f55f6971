"""`teekond workshop create`: what it prints and what it refuses."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from teekond.journey.models import Perspective, Stage
from teekond.network.models import Event, EventType
from teekond.workshops import services
from teekond.workshops.models import Workshop
from teekond.workshops.tests.helpers import STAGES

pytestmark = pytest.mark.django_db


def run_create(*arguments) -> dict:
    out = io.StringIO()
    call_command("workshop", "create", *arguments, stdout=out)
    return dict(line.split(": ", 1) for line in out.getvalue().splitlines())


def test_the_command_prints_the_code_the_token_and_the_addresses(coordinator):
    event = Event.objects.get(type=EventType.WORKSHOP, start_date="2025-03-20")
    printed = run_create(
        "--title", "Töötuba", "--event", str(event.pk), "--stages", "personal-code,residence-registration",
        "--perspectives", "kov", "--votes", "4", "--cap", "1", "--prefill",
    )  # fmt: skip
    workshop = Workshop.objects.get(code=printed["code"])
    assert (workshop.event, workshop.facilitator, workshop.vote_budget, workshop.vote_cap) == (event, coordinator, 4, 1)
    assert list(workshop.stages.values_list("slug", flat=True)) == STAGES  # in the map's order
    assert workshop.notes.exists()
    assert services.participant_for_token(workshop.code, printed["token"]).is_facilitator
    assert printed["facilitator"] == f"/et/workshops/{workshop.code}/"
    assert printed["join"] == f"/et/w/{workshop.code}/"


def test_the_command_takes_all_cells_by_default_and_a_named_facilitator(facilitator):
    printed = run_create("--title", "Kõik", "--facilitator", facilitator.username, "--language", "en")
    workshop = Workshop.objects.get(code=printed["code"])
    assert workshop.facilitator == facilitator and workshop.language == "en"
    assert workshop.stages.count() == Stage.objects.count()
    assert workshop.perspectives.count() == Perspective.objects.count()
    assert printed["join"] == f"/en/w/{workshop.code}/"


@pytest.mark.parametrize(
    "arguments, message",
    [
        (["--stages", "personal-code,nowhere"], "Unknown stage: nowhere"),
        (["--perspectives", "aliens"], "Unknown perspective: aliens"),
        (["--event", "999999"], "No event has the id 999999"),
        (["--facilitator", "nobody"], "No user is called 'nobody'"),
        (["--facilitator", "liige"], "may not run workshops"),
        (["--votes", "2", "--cap", "3"], "Votes on one item"),
    ],
)
def test_the_command_names_what_is_wrong(coordinator, member, arguments, message):
    with pytest.raises(CommandError, match=message):
        run_create("--title", "Vale", *arguments)


def test_the_command_needs_a_facilitator_when_there_is_no_coordinator(db):
    with pytest.raises(CommandError, match="--facilitator"):
        run_create("--title", "Keegi")
