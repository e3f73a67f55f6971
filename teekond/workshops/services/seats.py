"""Seats on a board: joining it (no account needed), finding the seat of a token, and finding the workshop of
a code, with wrong codes counted per address."""

from django.core.cache import caches
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from teekond.core.ratelimit import take_slot
from teekond.network.models import Municipality
from teekond.workshops.actions import (
    NotOnBoard,
)
from teekond.workshops.models import Participant, Workshop
from teekond.workshops.services.base import (
    NAME_MAX_LENGTH,
    SEAT_SECONDS,
    WRONG_CODES_ALLOWED,
    WRONG_CODES_WINDOW,
    begin_change,
    hash_token,
    new_token,
    normalise_code,
)


def _municipality(municipality) -> Municipality | None:
    if municipality is None or isinstance(municipality, Municipality):
        return municipality
    found = Municipality.objects.filter(slug=municipality).first()
    if found is None:  # a name that names nothing, as a stage not on the board (the API answers 404)
        raise NotOnBoard(_("Unknown municipality: %(slug)s.") % {"slug": municipality})
    return found


@transaction.atomic
def participant_join(*, workshop: Workshop, name: str = "", municipality=None, user=None) -> tuple[Participant, str]:
    """A seat on the board without an account; an empty name joins anonymously. Returns it with its token."""
    name = (name or "").strip()
    if len(name) > NAME_MAX_LENGTH:
        raise ValidationError(_("A display name can have at most 60 characters."))
    municipality = _municipality(municipality)
    workshop = begin_change(workshop)
    token, token_hash = new_token()
    participant = Participant.objects.create(
        workshop=workshop,
        name=name,
        municipality=municipality,
        user=user if user is not None and user.is_authenticated else None,
        token_hash=token_hash,
    )
    return participant, token


def participant_for_token(code: str, token: str) -> Participant | None:
    """The participant whose token this is, when it is for this workshop, with the workshop freshly loaded.

    Every poll of every phone starts here, so the participant (which never changes once it joined) is kept
    in this process's memory for SEAT_SECONDS; only the workshop, whose version and phase move, is read."""
    if not token:
        return None
    seat = _participant_by_token_hash(hash_token(token))
    if seat is None:
        return None
    try:
        seat.workshop = Workshop.objects.get(pk=seat.workshop_id, code=normalise_code(code))
    except Workshop.DoesNotExist:
        return None
    if seat.is_facilitator and not facilitator_token_is_current(seat):
        return None
    return seat


def facilitator_token_is_current(seat: Participant) -> bool:
    """A facilitator token works while the workshop is open and the token is of its current generation
    (workshops.tokens): read from the workshop row loaded afresh with every call, so a revocation holds at
    once in every worker, whatever each keeps in memory."""
    workshop = seat.workshop
    return not workshop.is_closed and seat.token_generation == workshop.facilitator_generation


def _participant_by_token_hash(token_hash: str) -> Participant | None:
    seats = caches["seats"]
    seat = seats.get(token_hash)
    if seat is None:
        seat = Participant.objects.filter(token_hash=token_hash).first()
        if seat is not None:
            seats.set(token_hash, seat, SEAT_SECONDS)
    return seat


def workshop_for_code(code: str, *, client_address: str) -> Workshop:
    """The workshop to join. A right code always opens it, however many wrong ones came from the same address
    (a venue's Wi-Fi is one address for a whole room). Wrong codes are counted per address, atomically, and
    once there were WRONG_CODES_ALLOWED of them in the window the next wrong one is refused (RateLimited)
    instead of answered "no such code"."""
    try:
        return Workshop.objects.get(code=normalise_code(code))
    except Workshop.DoesNotExist:
        take_slot("workshops:wrong-code", client_address, WRONG_CODES_ALLOWED, WRONG_CODES_WINDOW)
        raise
