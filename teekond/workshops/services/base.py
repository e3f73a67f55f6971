"""What every write to a board shares: its limits, tokens and codes, who may run the board, and the board's
version, which every change grows under the workshop's row lock (`begin_change`, see the package's docstring).
"""

import hashlib
import secrets

from django.core.exceptions import PermissionDenied
from django.db.models import F
from django.utils.translation import gettext as _

from teekond.core.history import stamp
from teekond.core.permissions import allowed
from teekond.workshops.actions import (
    FACILITATOR,
    BoardAction,
    WorkshopClosed,
)
from teekond.workshops.models import Participant, Workshop

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


def history_user(actor):
    return actor.user if isinstance(actor, Participant) else actor


# The board's version and state


def may(action: BoardAction, actor, workshop: Workshop) -> None:
    """Whether `actor` may take the action at all, as its row in actions.ACTIONS says."""
    if action.who == FACILITATOR:
        require_facilitator(actor, workshop)


def bump(workshop: Workshop, *, layout: bool = True) -> None:
    """Grow the board's version (and its layout version, unless only votes change), which locks its row until
    commit: open screens ask for the board again."""
    bumps = {"version": F("version") + 1}
    if layout:
        bumps["layout_version"] = F("layout_version") + 1
    Workshop.objects.filter(pk=workshop.pk).update(**bumps)


def begin_change(workshop: Workshop, action: BoardAction | None = None) -> Workshop:
    """Bump the version (locking the row until commit), reload the state the checks read, and check the
    action's phases (actions.ACTIONS). Every change but a vote bumps the layout version too."""
    bump(workshop, layout=action is None or action.layout)
    workshop.refresh_from_db()
    if workshop.is_closed:
        raise WorkshopClosed
    if action is not None:
        action.check_phase(workshop)
    return workshop


def save_workshop(workshop: Workshop, actor, reason: str, *fields: str) -> None:
    # update_fields: never write back `version`, which only the UPDATE in begin_change may change.
    stamp(workshop, user=history_user(actor), reason=reason)
    workshop.save(update_fields=list(fields))
