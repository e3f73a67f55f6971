"""What the workshop forms, pages and commands offer from other apps: the journey's stages and perspectives (the
board's columns and rows), the events a workshop belongs to, municipalities, the people a workshop can be handed
to, a cell's bottlenecks and the levels of a proposal. Read here, so that no form, view or command of workshops
imports another app's models."""

from django.contrib.auth import get_user_model

from teekond.core.roles import Role
from teekond.journey.models import Bottleneck, Level, Perspective, Stage
from teekond.network.models import Event, EventType, Municipality

PROPOSAL_LEVELS = Level.choices


def stages():
    return Stage.objects.prefetch_related("texts")


def perspectives():
    return Perspective.objects.prefetch_related("texts")


def workshop_events():
    """The events a workshop can belong to (workshops and network meetings), newest first."""
    events = Event.objects.filter(type__in=[EventType.WORKSHOP, EventType.NETWORK_MEETING])
    return events.prefetch_related("texts").order_by("-start_date")


def event(pk: int):
    return Event.objects.filter(pk=pk).first()


def municipalities():
    return Municipality.objects.order_by("name")


def hand_over_to(workshop):
    """Who can run the workshop from now on: the active facilitators and coordinators but its own facilitator."""
    people = get_user_model().objects.filter(is_active=True, role__in=[Role.FACILITATOR, Role.COORDINATOR])
    return people.exclude(pk=workshop.facilitator_id).order_by("username")


def bottlenecks(pks):
    return Bottleneck.objects.filter(pk__in=pks).prefetch_related("texts")
