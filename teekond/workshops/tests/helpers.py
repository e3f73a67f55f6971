"""What the page tests share: the board's cells, a participant's client, reading a page."""

from bs4 import BeautifulSoup
from django.test import Client

from teekond.workshops import services
from teekond.workshops.models import Participant

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
