"""Facilitator tokens: made for one person and one workshop, and ended when they should be.

A facilitator token is a facilitator seat (`Participant` with `is_facilitator`) whose token is of the
workshop's current `facilitator_generation`. Growing the generation ends every facilitator token of the
workshop at once, in every worker (services.facilitator_token_is_current): on closing (services.workshop_close),
on handing the workshop to another facilitator, on rotating (the one who rotates gets a new token), and when
a person who held one is deactivated or loses the role that runs workshops (a signal, see apps.py).
Participants' tokens are not touched: a closed board stays readable for them.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Q
from django.utils.translation import gettext as _

from teekond.core.history import stamp
from teekond.core.permissions import allowed
from teekond.workshops.models import Participant, Workshop
from teekond.workshops.services import (
    WorkshopClosed,
    display_name,
    new_token,
    require_facilitator,
)


def _next_generation(workshop: Workshop) -> int:
    Workshop.objects.filter(pk=workshop.pk).update(facilitator_generation=F("facilitator_generation") + 1)
    workshop.refresh_from_db(fields=["facilitator_generation", "is_closed", "facilitator"])
    return workshop.facilitator_generation


def _new_seat(user, workshop: Workshop) -> tuple[Participant, str]:
    token, token_hash = new_token()
    seat = Participant.objects.create(
        workshop=workshop,
        name=display_name(user),
        user=user,
        is_facilitator=True,
        token_hash=token_hash,
        token_generation=workshop.facilitator_generation,
    )
    return seat, token


@transaction.atomic
def facilitator_seat(*, user, workshop: Workshop) -> tuple[Participant, str]:
    """A facilitator token for a signed-in user who may run the workshop (its facilitator, a coordinator), for
    the facilitator's page to use the board's JSON interface; none for a closed workshop (WorkshopClosed)."""
    require_facilitator(user, workshop)
    workshop = Workshop.objects.select_for_update().get(pk=workshop.pk)
    if workshop.is_closed:
        raise WorkshopClosed
    # No version bump: facilitators are not counted among the board's participants.
    return _new_seat(user, workshop)


def _person(actor):
    return actor.user if isinstance(actor, Participant) else actor


@transaction.atomic
def facilitator_token_rotate(*, actor, workshop: Workshop) -> tuple[Participant, str]:
    """End every facilitator token of the workshop and give the one who asked a new one."""
    require_facilitator(actor, workshop)
    person = _person(actor)
    if person is None:
        raise ValidationError(_("Only a facilitator who signed in can get a new token."))
    workshop = Workshop.objects.select_for_update().get(pk=workshop.pk)
    if workshop.is_closed:
        raise WorkshopClosed
    _next_generation(workshop)
    return _new_seat(person, workshop)


@transaction.atomic
def workshop_hand_over(*, actor, workshop: Workshop, to_user) -> Workshop:
    """Give the workshop to another facilitator (or a coordinator); every facilitator token of it ends."""
    require_facilitator(actor, workshop)
    if to_user is None or not to_user.is_active or not allowed(to_user, "workshops.add_workshop"):
        raise ValidationError(_("The workshop can be handed only to a facilitator or a coordinator."))
    workshop = Workshop.objects.select_for_update().get(pk=workshop.pk)
    if workshop.facilitator_id == to_user.pk:
        raise ValidationError(_("This person already runs the workshop."))
    workshop.facilitator = to_user
    stamp(workshop, user=_person(actor), reason=f"handed over to {to_user.get_username()}")
    workshop.save(update_fields=["facilitator"])
    _next_generation(workshop)
    return workshop


def person_tokens_revoke(user) -> int:
    """End the facilitator tokens of every workshop this person ran or held a facilitator token of."""
    ran = Q(facilitator=user) | Q(participants__user=user, participants__is_facilitator=True)
    ids = list(Workshop.objects.filter(ran).values_list("pk", flat=True).distinct())
    return Workshop.objects.filter(pk__in=ids).update(facilitator_generation=F("facilitator_generation") + 1)


def may_hold_tokens(user) -> bool:
    return user.is_active and allowed(user, "workshops.add_workshop")
