"""Writes to a live workshop board. Each is one transaction and checks the rules itself.

Every write starts with `_begin_change`, which bumps `Workshop.version` with an UPDATE before anything
is checked. That UPDATE takes the workshop's row lock, so the writes of one board run one after the
other (on PostgreSQL as on SQLite) and each checks the phase and the closed flag as they are now, not
as they were when the request began. A refused write rolls back, bump included, so `version` grows
exactly when the board changed and a client polling with `since=version` misses nothing.

Who may run the board (`require_facilitator`): a participant holding a facilitator token of this
workshop, or a signed-in user the rule `workshops.run_workshop` allows (its facilitator, a coordinator).
"""

import datetime as dt
import hashlib
import re
import secrets

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, F, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from teekond.core.history import stamp
from teekond.core.permissions import allowed, require
from teekond.core.ratelimit import RateLimited, take_slot  # noqa: F401  (callers catch services.RateLimited)
from teekond.journey.models import OPEN_STATUSES, Bottleneck, Perspective, Stage
from teekond.network.models import Municipality
from teekond.workshops.actions import (  # noqa: F401  (callers catch services.BoardConflict and the rest)
    ACTIONS,
    FACILITATOR,
    WRONG_CODES_MESSAGE,
    BoardAction,
    BoardConflict,
    NotesTooFast,
    NotOnBoard,
    WorkshopClosed,
    WrongPhase,
)
from teekond.workshops.models import Note, NoteGroup, Participant, Phase, Vote, Workshop

# No 0/O, 1/I: a code read aloud or copied from a projector is not mistyped.
CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
CODE_LENGTH = 6
WRONG_CODES_ALLOWED = 20
WRONG_CODES_WINDOW = 10 * 60
NOTE_MAX_LENGTH = 280
NAME_MAX_LENGTH = 60
DECISION_MAX_LENGTH = 2000
TIMER_MAX_SECONDS = 2 * 60 * 60
VOTE_BUDGET_MAX = 50
NOTE_LIMIT_MAX = 200
NOTES_PER_MINUTE_MAX = 60
SEAT_SECONDS = 5 * 60


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_token() -> tuple[str, str]:
    token = secrets.token_urlsafe(24)
    return token, hash_token(token)


def normalise_code(code: str) -> str:
    return (code or "").strip().upper()


# Who may run the board


def require_facilitator(actor, workshop: Workshop) -> None:
    if isinstance(actor, Participant):
        may_run = actor.is_facilitator and actor.workshop_id == workshop.pk
    else:
        may_run = allowed(actor, "workshops.run_workshop", workshop)
    if not may_run:
        raise PermissionDenied(_("Only the facilitator of this workshop can do this."))


def _history_user(actor):
    return actor.user if isinstance(actor, Participant) else actor


# The board's version and state


def _may(action: BoardAction, actor, workshop: Workshop) -> None:
    """Whether `actor` may take the action at all, as its row in actions.ACTIONS says."""
    if action.who == FACILITATOR:
        require_facilitator(actor, workshop)


def _begin_change(workshop: Workshop, action: BoardAction | None = None) -> Workshop:
    """Bump the version (locking the row until commit), reload the state the checks read, and check the
    action's phases (actions.ACTIONS). Every change but a vote bumps the layout version too."""
    bumps = {"version": F("version") + 1}
    if action is None or action.layout:
        bumps["layout_version"] = F("layout_version") + 1
    Workshop.objects.filter(pk=workshop.pk).update(**bumps)
    workshop.refresh_from_db()
    if workshop.is_closed:
        raise WorkshopClosed
    if action is not None:
        action.check_phase(workshop)
    return workshop


def _save_workshop(workshop: Workshop, actor, reason: str, *fields: str) -> None:
    # update_fields: never write back `version`, which only the UPDATE in _begin_change may change.
    stamp(workshop, user=_history_user(actor), reason=reason)
    workshop.save(update_fields=list(fields))


# Creating and joining


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
    _check_settings(
        title=title,
        stages=stages,
        perspectives=perspectives,
        language=language,
        vote_budget=vote_budget,
        vote_cap=vote_cap,
        note_limit=note_limit,
        notes_per_minute=notes_per_minute,
    )
    workshop = Workshop(
        code=_new_code(),
        title=title,
        event=event,
        facilitator=user,
        language=language,
        vote_budget=vote_budget,
        vote_cap=vote_cap,
        note_limit=note_limit,
        notes_per_minute=notes_per_minute,
    )
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
    workshop = _begin_change(workshop)
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
    workshop = _begin_change(participant.workshop, ACTIONS["note_post"])
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
    if mine["total"] >= workshop.note_limit:
        limit = workshop.note_limit
        message = ngettext(
            "You have posted %(limit)s note, as many as one person can on this board.",
            "You have posted %(limit)s notes, as many as one person can on this board.",
            limit,
        )
        raise BoardConflict(message % {"limit": limit})
    if mine["recent"] >= workshop.notes_per_minute:
        rate = workshop.notes_per_minute
        message = ngettext(
            "You can post %(rate)s note a minute. Wait a moment, then post again.",
            "You can post %(rate)s notes a minute. Wait a moment, then post again.",
            rate,
        )
        raise NotesTooFast(message % {"rate": rate})


@transaction.atomic
def note_hide(*, actor, note: Note, hidden: bool = True) -> Note:
    """Hide an inappropriate note from participants and the projector (the facilitator still sees it).

    Votes on a note being hidden are taken back, so nobody's budget stays spent on something unseen.
    """
    _may(ACTIONS["note_hide"], actor, note.workshop)
    _begin_change(note.workshop, ACTIONS["note_hide"])
    note.is_hidden = hidden
    stamp(note, user=_history_user(actor), reason="hidden" if hidden else "shown again")
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
    _may(ACTIONS["group_create"], actor, workshop)
    title = _group_title(title)
    workshop = _begin_change(workshop, ACTIONS["group_create"])
    notes = _board_notes(workshop, note_ids)
    if not notes:
        raise ValidationError(_("Choose at least one note for the group."))
    group = NoteGroup(
        workshop=workshop, title=title, stage_id=notes[0].stage_id, perspective_id=notes[0].perspective_id
    )
    stamp(group, user=_history_user(actor), reason="grouped")
    group.save()
    _put_in_group(notes, group)
    return group


@transaction.atomic
def group_update(
    *, actor, group: NoteGroup, title: str | None = None, add_note_ids=(), remove_note_ids=()
) -> NoteGroup:
    """Rename a group in any phase; add or take out notes in the group phase only (votes are counted then)."""
    action = ACTIONS["group_move" if add_note_ids or remove_note_ids else "group_rename"]
    _may(action, actor, group.workshop)
    workshop = _begin_change(group.workshop, action)
    if add_note_ids or remove_note_ids:
        _put_in_group(_board_notes(workshop, add_note_ids), group)
        removed = [note.pk for note in _board_notes(workshop, remove_note_ids)]
        Note.objects.filter(pk__in=removed, group=group).update(group=None)
    if title is not None:
        group.title = _group_title(title)
        stamp(group, user=_history_user(actor), reason="renamed")
        group.save(update_fields=["title"])
    return group


# Facilitation: phases, timer, focus, decisions, closing


@transaction.atomic
def phase_set(*, actor, workshop: Workshop, phase: str) -> Workshop:
    """Move the board to any phase, forward or back (summary too: usually from discuss, but the
    facilitator decides). A running timer belongs to the phase it was set in, so it stops."""
    _may(ACTIONS["phase_set"], actor, workshop)
    if phase not in Phase.values:
        raise ValidationError(_("Unknown phase: %(phase)s.") % {"phase": phase})
    workshop = _begin_change(workshop, ACTIONS["phase_set"])
    workshop.phase = phase
    workshop.timer_ends_at = None
    _save_workshop(workshop, actor, f"phase: {phase}", "phase", "timer_ends_at")
    return workshop


@transaction.atomic
def timer_set(*, actor, workshop: Workshop, seconds: int) -> Workshop:
    """Start a countdown of `seconds` everyone sees; 0 stops it."""
    _may(ACTIONS["timer_set"], actor, workshop)
    if not 0 <= seconds <= TIMER_MAX_SECONDS:
        raise ValidationError(_("The timer can run from 0 seconds to 2 hours."))
    workshop = _begin_change(workshop, ACTIONS["timer_set"])
    workshop.timer_ends_at = timezone.now() + dt.timedelta(seconds=seconds) if seconds else None
    # An UPDATE, not save(): the timer is left out of the workshop's history on purpose (models.py).
    Workshop.objects.filter(pk=workshop.pk).update(timer_ends_at=workshop.timer_ends_at)
    return workshop


@transaction.atomic
def focus_set(*, actor, workshop: Workshop, group: NoteGroup | None) -> Workshop:
    """Put one group in focus for the discussion (None: no group)."""
    _may(ACTIONS["focus_set"], actor, workshop)
    workshop = _begin_change(workshop, ACTIONS["focus_set"])
    if group is not None and group.workshop_id != workshop.pk:
        raise NotOnBoard(_("That group is not on this board."))
    workshop.focus_group = group
    _save_workshop(workshop, actor, "focus", "focus_group")
    return workshop


@transaction.atomic
def decision_save(*, actor, group: NoteGroup, text: str) -> NoteGroup:
    """What the room decided about a group (in the discuss or summary phase); empty text clears it."""
    _may(ACTIONS["decision_save"], actor, group.workshop)
    text = (text or "").strip()
    if len(text) > DECISION_MAX_LENGTH:
        raise ValidationError(_("A decision can have at most 2000 characters."))
    _begin_change(group.workshop, ACTIONS["decision_save"])
    group.decision = text
    stamp(group, user=_history_user(actor), reason="decision")
    group.save(update_fields=["decision"])
    return group


@transaction.atomic
def workshop_close(*, actor, workshop: Workshop) -> Workshop:
    """No more joining, notes or votes; the board stays readable in its summary for the outcome."""
    _may(ACTIONS["workshop_close"], actor, workshop)
    workshop = _begin_change(workshop, ACTIONS["workshop_close"])
    workshop.is_closed = True
    workshop.facilitator_generation += 1  # every facilitator token of it stops
    workshop.phase = Phase.SUMMARY
    workshop.timer_ends_at = None
    _save_workshop(workshop, actor, "closed", "is_closed", "phase", "timer_ends_at", "facilitator_generation")
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
    workshop = _begin_change(participant.workshop, ACTIONS["vote_cast"])
    target = _vote_target(workshop, target_id)
    # The version bump has locked the workshop's row: no other vote on this board counts until commit.
    mine = Vote.objects.filter(participant=participant).aggregate(
        total=Count("pk"), here=Count("pk", filter=Q(**target))
    )
    if mine["total"] >= workshop.vote_budget:
        budget = workshop.vote_budget
        message = ngettext(
            "You have used your %(budget)s vote. Take it back to vote for something else.",
            "You have used all your %(budget)s votes. Take one back to vote for something else.",
            budget,
        )
        raise BoardConflict(message % {"budget": budget})
    if mine["here"] >= workshop.vote_cap:
        cap = workshop.vote_cap
        message = ngettext(
            "You can give at most %(cap)s vote to one item.", "You can give at most %(cap)s votes to one item.", cap
        )
        raise BoardConflict(message % {"cap": cap})
    return Vote.objects.create(workshop=workshop, participant=participant, **target)


@transaction.atomic
def vote_withdraw(*, participant: Participant, target_id) -> None:
    """Take back one of the person's votes on the target (in the vote phase)."""
    _begin_change(participant.workshop, ACTIONS["vote_withdraw"])
    kind, pk = parse_target(target_id)
    vote = Vote.objects.filter(participant=participant, **{f"{kind}_id": pk}).order_by("-created_at", "-pk").first()
    if vote is None:
        raise BoardConflict(_("You have no vote there to take back."))
    vote.delete()
