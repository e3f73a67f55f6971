"""What the page tests share: the board's cells, a participant's client, reading a page."""

from bs4 import BeautifulSoup
from django.test import Client

from teekond.journey.models import Perspective, Stage
from teekond.workshops import services
from teekond.workshops.models import Note, Participant, Workshop

JSON = {"HTTP_ACCEPT": "application/json"}
HTMX = {"HTTP_HX_REQUEST": "true"}
STAGES = ["residence-registration", "personal-code"]
PERSPECTIVES = ["kov", "immigrant"]


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


# For the services' tests: a workshop of two stages and two perspectives, seats, notes, the version


def create(user, **options):
    return services.workshop_create(
        user=user,
        title="Elukoha registreerimine",
        stages=Stage.objects.filter(slug__in=STAGES),
        perspectives=Perspective.objects.filter(slug__in=PERSPECTIVES),
        **options,
    )


def join(workshop, name="Mari", **extra) -> Participant:
    return services.participant_join(workshop=workshop, name=name, **extra)[0]


def to_phase(workshop, phase):
    services.phase_set(actor=workshop.facilitator, workshop=workshop, phase=phase)


def post(participant, text="Järjekord on pikk", stage="residence-registration", perspective="kov", **extra) -> Note:
    return services.note_post(participant=participant, stage=stage, perspective=perspective, text=text, **extra)


def version(workshop) -> int:
    return Workshop.objects.values_list("version", flat=True).get(pk=workshop.pk)
