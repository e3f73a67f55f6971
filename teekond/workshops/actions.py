"""The board's actions, declared once, and the one map from a refusal to an HTTP status.

`ACTIONS` is the table of what can be done to a live board: who may (a participant on their seat, or whoever
runs the board), in which phases, and what it changes (votes change only counts: the drawn board's layout is
kept; every other change redraws it). The services check an action's row when it runs (`services._begin`);
the pages' forms (views.actions) and the JSON interface (api.py) both take their actor from the row's `who`
and answer every refusal with `status_of` and `message_of`, so that a refusal is the same status on a page's
form sent by its script and on the JSON interface:

=====================================================  ======
Refusal                                                Status
=====================================================  ======
not allowed to run this board (PermissionDenied)       403
nothing of that name on this board (NotOnBoard, …)     404
the board's state refuses it now: wrong phase, closed,  409
over the budget or the cap (BoardConflict)
too many notes in a minute, too many wrong codes       429
a value that is not valid (any other ValidationError)  422
=====================================================  ======

A reader without JavaScript gets the same refusal as a message on the page it came from (a redirect).
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from teekond.core.ratelimit import RateLimited
from teekond.workshops.models import Note, NoteGroup, Phase, Workshop

FACILITATOR, PARTICIPANT = "facilitator", "participant"
# What an action changes: votes change only counts, which the drawn board keeps as holes (render.py).
NOTES, GROUPS, VOTES, STATE = "notes", "groups", "votes", "the board's state"
ANY_PHASE = tuple(Phase.values)


class BoardConflict(ValidationError):
    """The request is well formed but the board's state refuses it now (phase, budget, closed…)."""


class WorkshopClosed(BoardConflict):
    def __init__(self):
        super().__init__(_("This workshop is closed: it takes no more participants, notes or votes."))


class WrongPhase(BoardConflict):
    pass


class NotesTooFast(BoardConflict):
    """More notes from one participant within a minute than the workshop allows."""


class NotOnBoard(ValidationError):
    """An id or slug that names nothing on this board."""


@dataclass(frozen=True)
class BoardAction:
    name: str
    who: str  # FACILITATOR or PARTICIPANT
    phases: tuple[str, ...]
    changes: str
    wrong_phase: str = ""  # why it is refused in any other phase

    @property
    def layout(self) -> bool:
        """Whether it changes the board as drawn (everything but votes)."""
        return self.changes != VOTES

    def check_phase(self, workshop: Workshop) -> None:
        if workshop.phase not in self.phases:
            raise WrongPhase(str(self.wrong_phase))


def _table(*actions: BoardAction) -> dict[str, BoardAction]:
    return {action.name: action for action in actions}


ACTIONS = _table(
    BoardAction(
        "note_post", PARTICIPANT, (Phase.COLLECT,), NOTES,
        gettext_lazy("Notes can be posted only while the board collects notes."),
    ),
    BoardAction(
        "vote_cast", PARTICIPANT, (Phase.VOTE,), VOTES, gettext_lazy("Votes can be given only in the vote phase.")
    ),
    BoardAction(
        "vote_withdraw", PARTICIPANT, (Phase.VOTE,), VOTES,
        gettext_lazy("Votes can be taken back only in the vote phase."),
    ),
    BoardAction("phase_set", FACILITATOR, ANY_PHASE, STATE),
    BoardAction("timer_set", FACILITATOR, ANY_PHASE, STATE),
    BoardAction(
        "group_create", FACILITATOR, (Phase.GROUP,), GROUPS, gettext_lazy("Groups can be made only in the group phase.")
    ),
    # Changing a group is two rows: renaming it (any phase) and moving notes in or out (while votes are not
    # being counted). The form's "Add to the group" and the interface's PATCH of a group share them.
    BoardAction("group_rename", FACILITATOR, ANY_PHASE, GROUPS),
    BoardAction(
        "group_move", FACILITATOR, (Phase.GROUP,), GROUPS, gettext_lazy("Notes can be moved only in the group phase.")
    ),
    BoardAction("note_hide", FACILITATOR, ANY_PHASE, NOTES),
    BoardAction(
        "focus_set", FACILITATOR, (Phase.DISCUSS,), STATE,
        gettext_lazy("A group can be put in focus only in the discuss phase."),
    ),
    BoardAction(
        "decision_save", FACILITATOR, (Phase.DISCUSS, Phase.SUMMARY), GROUPS,
        gettext_lazy("Decisions are noted in the discuss and summary phases."),
    ),
    BoardAction("workshop_close", FACILITATOR, ANY_PHASE, STATE),
)  # fmt: skip

# The one map from a refusal to its status; the first class that matches wins (subclasses come first).
STATUSES = (
    (RateLimited, 429),
    (NotesTooFast, 429),
    (BoardConflict, 409),
    (NotOnBoard, 404),
    (Workshop.DoesNotExist, 404),
    (NoteGroup.DoesNotExist, 404),
    (Note.DoesNotExist, 404),
    (PermissionDenied, 403),
    (ValidationError, 422),
)
REFUSALS = tuple(refusal for refusal, _status in STATUSES)
WRONG_CODES_MESSAGE = gettext_lazy(
    "Too many wrong codes from here. Check the code on the screen: a right code always works; "
    "wrong ones are refused for a few minutes."
)


def status_of(refusal: Exception) -> int:
    return next(status for kind, status in STATUSES if isinstance(refusal, kind))


def message_of(refusal: Exception) -> str:
    """The refusal's words, in the active language."""
    if isinstance(refusal, RateLimited):
        return str(WRONG_CODES_MESSAGE)
    if isinstance(refusal, Workshop.DoesNotExist):
        return _("No workshop has this code. Check the code and try again.")
    if isinstance(refusal, NoteGroup.DoesNotExist | Note.DoesNotExist):
        return _("There is no such item on this board.")
    if isinstance(refusal, PermissionDenied):
        return str(refusal) or _("Only the facilitator of this workshop can do this.")
    return " ".join(refusal.messages)
