"""The board's actions (actions.ACTIONS): notes, groups, the facilitation (phase, timer, focus, decisions,
closing) and votes. Each is one transaction, takes the action's row lock first (`begin_change`) and checks
the action's row and its own rules."""

import datetime as dt
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext_lazy

from teekond.core.history import stamp
from teekond.journey.models import Perspective, Stage
from teekond.workshops.actions import (
    ACTIONS,
    BoardConflict,
    NotesTooFast,
    NotOnBoard,
)
from teekond.workshops.models import Note, NoteGroup, Participant, Phase, Vote, Workshop
from teekond.workshops.services.base import (
    DECISION_MAX_LENGTH,
    NOTE_MAX_LENGTH,
    TIMER_MAX_SECONDS,
    begin_change,
    history_user,
    may,
    save_workshop,
)

# One person's limits on a board, each refused with the limit in its words.
NOTE_LIMIT_REACHED = ngettext_lazy(
    "You have posted %(limit)s note, as many as one person can on this board.",
    "You have posted %(limit)s notes, as many as one person can on this board.",
    "limit",
)
NOTES_TOO_FAST = ngettext_lazy(
    "You can post %(rate)s note a minute. Wait a moment, then post again.",
    "You can post %(rate)s notes a minute. Wait a moment, then post again.",
    "rate",
)
VOTE_BUDGET_SPENT = ngettext_lazy(
    "You have used your %(budget)s vote. Take it back to vote for something else.",
    "You have used all your %(budget)s votes. Take one back to vote for something else.",
    "budget",
)
VOTE_CAP_REACHED = ngettext_lazy(
    "You can give at most %(cap)s vote to one item.", "You can give at most %(cap)s votes to one item.", "cap"
)


def _within(used: int, most: int, message, name: str, *, refusal=BoardConflict) -> None:
    """Refuse (with `message`, naming the limit `most` as `name`) once `used` has reached `most`."""
    if used >= most:
        raise refusal(message % {name: most})


# Notes


def _on_board(workshop: Workshop, relation: str, value, message: str):
    slug = value if isinstance(value, str) else value.slug
    found = getattr(workshop, relation).filter(slug=slug).first()
    if found is None:
        raise NotOnBoard(message % {"slug": slug})
    return found


def _note_text(text: str) -> str:
    text = (text or "").strip()
    if not 1 <= len(text) <= NOTE_MAX_LENGTH:
        raise ValidationError(_("A note has 1 to 280 characters."))
    return text


@transaction.atomic
def note_post(
    *,
    participant: Participant,
    stage: Stage | str,
    perspective: Perspective | str,
    text: str,
    anonymous=False,
    language: str | None = None,
) -> Note:
    """A note in one cell of the board (stage and perspective given as objects or slugs), in the language of
    the interface it was written in (by default the workshop's)."""
    text = _note_text(text)
    language = language or participant.workshop.language
    if language not in dict(settings.LANGUAGES):
        raise ValidationError(_("Unknown language: %(language)s.") % {"language": language})
    workshop = begin_change(participant.workshop, ACTIONS["note_post"])
    _check_note_limits(workshop, participant)
    stage = _on_board(workshop, "stages", stage, _("The stage %(slug)s is not on this board."))
    perspective = _on_board(workshop, "perspectives", perspective, _("The perspective %(slug)s is not on this board."))
    return Note.objects.create(
        workshop=workshop,
        participant=participant,
        is_anonymous=bool(anonymous),
        stage=stage,
        perspective=perspective,
        text=text,
        language=language,
    )


def _check_note_limits(workshop: Workshop, participant: Participant) -> None:
    """One participant's notes, counted under the workshop's row lock (_begin_change), so that notes sent at
    once cannot pass the limits together. The facilitator's own notes are not limited."""
    if participant.is_facilitator:
        return
    minute_ago = timezone.now() - dt.timedelta(minutes=1)
    mine = Note.objects.filter(participant=participant).aggregate(
        total=Count("pk"), recent=Count("pk", filter=Q(created_at__gte=minute_ago))
    )
    _within(mine["total"], workshop.note_limit, NOTE_LIMIT_REACHED, "limit")
    _within(mine["recent"], workshop.notes_per_minute, NOTES_TOO_FAST, "rate", refusal=NotesTooFast)


@transaction.atomic
def note_hide(*, actor, note: Note, hidden: bool = True) -> Note:
    """Hide an inappropriate note from participants and the projector (the facilitator still sees it).

    Votes on a note being hidden are taken back, so nobody's budget stays spent on something unseen.
    """
    may(ACTIONS["note_hide"], actor, note.workshop)
    begin_change(note.workshop, ACTIONS["note_hide"])
    note.is_hidden = hidden
    stamp(note, user=history_user(actor), reason="hidden" if hidden else "shown again")
    note.save(update_fields=["is_hidden"])
    if hidden:
        note.votes.all().delete()
    return note


# Groups


def _board_notes(workshop: Workshop, note_ids) -> list[Note]:
    """The notes of this board with these ids, in the order given."""
    try:
        ids = list(dict.fromkeys(int(note_id) for note_id in note_ids))
    except (TypeError, ValueError):
        raise ValidationError(_("Notes are named by their numbers.")) from None
    notes = Note.objects.in_bulk(ids) if ids else {}
    if len(notes) != len(ids) or any(note.workshop_id != workshop.pk for note in notes.values()):
        raise NotOnBoard(_("Some of the chosen notes are not on this board."))
    return [notes[pk] for pk in ids]


def _group_title(title: str) -> str:
    title = (title or "").strip()
    if not title:
        raise ValidationError(_("Give the group a title."))
    if len(title) > NoteGroup._meta.get_field("title").max_length:
        raise ValidationError(_("A group's title can have at most 200 characters."))
    return title


def _put_in_group(notes: list[Note], group: NoteGroup) -> None:
    """Notes join the group with their votes: what the room voted for stays counted."""
    Note.objects.filter(pk__in=[note.pk for note in notes]).update(group=group)
    Vote.objects.filter(note__in=notes).update(note=None, group=group)


@transaction.atomic
def group_create(*, actor, workshop: Workshop, title: str, note_ids) -> NoteGroup:
    """A named group of notes; it sits in the cell of the first note given, even when others come from other
    cells (a group is what the room votes on, and its cell is where it goes on the journey map)."""
    may(ACTIONS["group_create"], actor, workshop)
    title = _group_title(title)
    workshop = begin_change(workshop, ACTIONS["group_create"])
    notes = _board_notes(workshop, note_ids)
    if not notes:
        raise ValidationError(_("Choose at least one note for the group."))
    group = NoteGroup(
        workshop=workshop, title=title, stage_id=notes[0].stage_id, perspective_id=notes[0].perspective_id
    )
    stamp(group, user=history_user(actor), reason="grouped")
    group.save()
    _put_in_group(notes, group)
    return group


@transaction.atomic
def group_update(
    *, actor, group: NoteGroup, title: str | None = None, add_note_ids=(), remove_note_ids=()
) -> NoteGroup:
    """Rename a group in any phase; add or take out notes in the group phase only (votes are counted then)."""
    action = ACTIONS["group_move" if add_note_ids or remove_note_ids else "group_rename"]
    may(action, actor, group.workshop)
    workshop = begin_change(group.workshop, action)
    if add_note_ids or remove_note_ids:
        _put_in_group(_board_notes(workshop, add_note_ids), group)
        removed = [note.pk for note in _board_notes(workshop, remove_note_ids)]
        Note.objects.filter(pk__in=removed, group=group).update(group=None)
    if title is not None:
        group.title = _group_title(title)
        stamp(group, user=history_user(actor), reason="renamed")
        group.save(update_fields=["title"])
    return group


# Facilitation: phases, timer, focus, decisions, closing


@transaction.atomic
def phase_set(*, actor, workshop: Workshop, phase: str) -> Workshop:
    """Move the board to any phase, forward or back (summary too: usually from discuss, but the
    facilitator decides). A running timer belongs to the phase it was set in, so it stops."""
    may(ACTIONS["phase_set"], actor, workshop)
    if phase not in Phase.values:
        raise ValidationError(_("Unknown phase: %(phase)s.") % {"phase": phase})
    workshop = begin_change(workshop, ACTIONS["phase_set"])
    workshop.phase = phase
    workshop.timer_ends_at = None
    save_workshop(workshop, actor, f"phase: {phase}", "phase", "timer_ends_at")
    return workshop


@transaction.atomic
def timer_set(*, actor, workshop: Workshop, seconds: int) -> Workshop:
    """Start a countdown of `seconds` everyone sees; 0 stops it."""
    may(ACTIONS["timer_set"], actor, workshop)
    if not 0 <= seconds <= TIMER_MAX_SECONDS:
        raise ValidationError(_("The timer can run from 0 seconds to 2 hours."))
    workshop = begin_change(workshop, ACTIONS["timer_set"])
    workshop.timer_ends_at = timezone.now() + dt.timedelta(seconds=seconds) if seconds else None
    # An UPDATE, not save(): the timer is left out of the workshop's history on purpose (models.py).
    Workshop.objects.filter(pk=workshop.pk).update(timer_ends_at=workshop.timer_ends_at)
    return workshop


@transaction.atomic
def focus_set(*, actor, workshop: Workshop, group: NoteGroup | None) -> Workshop:
    """Put one group in focus for the discussion (None: no group)."""
    may(ACTIONS["focus_set"], actor, workshop)
    workshop = begin_change(workshop, ACTIONS["focus_set"])
    if group is not None and group.workshop_id != workshop.pk:
        raise NotOnBoard(_("That group is not on this board."))
    workshop.focus_group = group
    save_workshop(workshop, actor, "focus", "focus_group")
    return workshop


@transaction.atomic
def decision_save(*, actor, group: NoteGroup, text: str) -> NoteGroup:
    """What the room decided about a group (in the discuss or summary phase); empty text clears it."""
    may(ACTIONS["decision_save"], actor, group.workshop)
    text = (text or "").strip()
    if len(text) > DECISION_MAX_LENGTH:
        raise ValidationError(_("A decision can have at most 2000 characters."))
    begin_change(group.workshop, ACTIONS["decision_save"])
    group.decision = text
    stamp(group, user=history_user(actor), reason="decision")
    group.save(update_fields=["decision"])
    return group


@transaction.atomic
def workshop_close(*, actor, workshop: Workshop) -> Workshop:
    """No more joining, notes or votes; the board stays readable in its summary for the outcome."""
    may(ACTIONS["workshop_close"], actor, workshop)
    workshop = begin_change(workshop, ACTIONS["workshop_close"])
    workshop.is_closed = True
    workshop.facilitator_generation += 1  # every facilitator token of it stops
    workshop.phase = Phase.SUMMARY
    workshop.timer_ends_at = None
    save_workshop(workshop, actor, "closed", "is_closed", "phase", "timer_ends_at", "facilitator_generation")
    return workshop


# Votes

_TARGET = re.compile(r"^([gn]?)([0-9]{1,18})$")


def parse_target(target) -> tuple[str, int]:
    """("group" | "note", id) from "g12", "n34", or a plain number, which means a group."""
    match = _TARGET.match(str(target).strip().lower()) if isinstance(target, int | str) else None
    if match is None or isinstance(target, bool):
        raise ValidationError(_('A vote target is a group ("g12", or just 12) or a note ("n34").'))
    return ("note" if match[1] == "n" else "group"), int(match[2])


def _vote_target(workshop: Workshop, target) -> dict:
    kind, pk = parse_target(target)
    if kind == "group":
        group = NoteGroup.objects.filter(workshop=workshop, pk=pk).first()
        if group is None:
            raise NotOnBoard(_("There is no such group on this board."))
        return {"group": group}
    note = Note.objects.filter(workshop=workshop, pk=pk).first()
    if note is None:
        raise NotOnBoard(_("There is no such note on this board."))
    if note.is_hidden:
        raise BoardConflict(_("This note was hidden by the facilitator and cannot get votes."))
    if note.group_id:
        raise BoardConflict(_("This note is in a group: vote for the group instead."))
    return {"note": note}


@transaction.atomic
def vote_cast(*, participant: Participant, target_id) -> Vote:
    """One vote on a group or on a note in no group, within the person's budget and the cap per target."""
    workshop = begin_change(participant.workshop, ACTIONS["vote_cast"])
    target = _vote_target(workshop, target_id)
    # The version bump has locked the workshop's row: no other vote on this board counts until commit.
    mine = Vote.objects.filter(participant=participant).aggregate(
        total=Count("pk"), here=Count("pk", filter=Q(**target))
    )
    _within(mine["total"], workshop.vote_budget, VOTE_BUDGET_SPENT, "budget")
    _within(mine["here"], workshop.vote_cap, VOTE_CAP_REACHED, "cap")
    return Vote.objects.create(workshop=workshop, participant=participant, **target)


@transaction.atomic
def vote_withdraw(*, participant: Participant, target_id) -> None:
    """Take back one of the person's votes on the target (in the vote phase)."""
    begin_change(participant.workshop, ACTIONS["vote_withdraw"])
    kind, pk = parse_target(target_id)
    vote = Vote.objects.filter(participant=participant, **{f"{kind}_id": pk}).order_by("-created_at", "-pk").first()
    if vote is None:
        raise BoardConflict(_("You have no vote there to take back."))
    vote.delete()
