"""Creating a workshop: its settings checked, its facilitator's seat, and its board pre-filled with the
journey map's open bottlenecks when asked."""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from teekond.core.history import stamp
from teekond.core.permissions import require
from teekond.journey.models import OPEN_STATUSES, Bottleneck
from teekond.workshops.models import Note, Participant, Workshop
from teekond.workshops.services.base import (
    CODE_ALPHABET,
    CODE_LENGTH,
    NAME_MAX_LENGTH,
    NOTE_LIMIT_MAX,
    NOTE_MAX_LENGTH,
    NOTES_PER_MINUTE_MAX,
    VOTE_BUDGET_MAX,
    new_token,
)


def _new_code() -> str:
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _i in range(CODE_LENGTH))
        if not Workshop.objects.filter(code=code).exists():
            return code


def _check_settings(
    *, title: str, stages, perspectives, language: str, vote_budget: int, vote_cap: int, note_limit, notes_per_minute
) -> None:
    if not title:
        raise ValidationError(_("Give the workshop a title."))
    if len(title) > Workshop._meta.get_field("title").max_length:
        raise ValidationError(_("The title can have at most 200 characters."))
    if not stages:
        raise ValidationError(_("Choose at least one stage of the journey for the board's columns."))
    if not perspectives:
        raise ValidationError(_("Choose at least one perspective for the board's rows."))
    if language not in dict(settings.LANGUAGES):
        raise ValidationError(_("Unknown language: %(language)s.") % {"language": language})
    if not 1 <= vote_budget <= VOTE_BUDGET_MAX:
        raise ValidationError(_("Votes per person must be between 1 and %(most)s.") % {"most": VOTE_BUDGET_MAX})
    if not 1 <= vote_cap <= vote_budget:
        raise ValidationError(_("Votes on one item must be between 1 and the votes per person."))
    if not 1 <= note_limit <= NOTE_LIMIT_MAX:
        raise ValidationError(_("Notes per person must be between 1 and %(most)s.") % {"most": NOTE_LIMIT_MAX})
    if not 1 <= notes_per_minute <= NOTES_PER_MINUTE_MAX:
        raise ValidationError(
            _("Notes per person in a minute must be between 1 and %(most)s.") % {"most": NOTES_PER_MINUTE_MAX}
        )


@transaction.atomic
def workshop_create(
    *,
    user,
    title: str,
    stages,
    perspectives,
    event=None,
    language: str = "et",
    vote_budget: int = 5,
    vote_cap: int = 2,
    note_limit: int = 30,
    notes_per_minute: int = 6,
    prefill: bool = False,
) -> tuple[Workshop, str]:
    """A new board in the lobby phase; `user` becomes its facilitator. Returns it with a facilitator token."""
    require(user, "workshops.add_workshop")
    title = (title or "").strip()
    stages, perspectives = list(stages), list(perspectives)
    limits = {
        "language": language,
        "vote_budget": vote_budget,
        "vote_cap": vote_cap,
        "note_limit": note_limit,
        "notes_per_minute": notes_per_minute,
    }
    _check_settings(title=title, stages=stages, perspectives=perspectives, **limits)
    workshop = Workshop(code=_new_code(), title=title, event=event, facilitator=user, **limits)
    stamp(workshop, user=user, reason="created")
    workshop.save()
    workshop.stages.set(stages)
    workshop.perspectives.set(perspectives)
    token, token_hash = new_token()
    Participant.objects.create(
        workshop=workshop, name=display_name(user), user=user, is_facilitator=True, token_hash=token_hash
    )
    if prefill:
        _prefill(workshop, stages, perspectives)
    return workshop, token


def display_name(user) -> str:
    return (user.get_full_name() or user.get_username())[:NAME_MAX_LENGTH]


def _prefill(workshop: Workshop, stages, perspectives) -> None:
    """One note per bottleneck of the chosen cells, so the room re-validates and re-votes the map.

    Open bottlenecks only (open, being solved): a solved one is not what the room should spend votes on.
    """
    bottlenecks = (
        Bottleneck.objects.current()
        .filter(stage__in=stages, perspective__in=perspectives, status__in=OPEN_STATUSES)
        .prefetch_related("texts")
        .order_by("stage__order", "perspective__order", "pk")
    )
    Note.objects.bulk_create(_note_from_map(workshop, bottleneck) for bottleneck in bottlenecks)


def _note_from_map(workshop: Workshop, bottleneck) -> Note:
    shown = bottleneck.text(workshop.language)
    return Note(
        workshop=workshop,
        stage_id=bottleneck.stage_id,
        perspective_id=bottleneck.perspective_id,
        bottleneck=bottleneck,
        text=(shown.title or str(bottleneck))[:NOTE_MAX_LENGTH],
        language=shown.language,  # the map's text may be shown in Estonian where the workshop's is missing
    )
