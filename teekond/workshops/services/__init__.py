"""Writes to a workshop and its board, one module per capability: `create` (a new workshop), `seats` (joining,
tokens, codes), `board` (the board's actions, actions.ACTIONS), `outcome` (the board's groups onto the journey
map); `base` holds what they share. Each write is one transaction, takes keyword arguments only and checks the
rules itself.

Every write to a board starts with `begin_change`, which bumps `Workshop.version` with an UPDATE before anything
is checked. That UPDATE takes the workshop's row lock, so the writes of one board run one after the
other (on PostgreSQL as on SQLite) and each checks the phase and the closed flag as they are now, not
as they were when the request began. A refused write rolls back, bump included, so `version` grows
exactly when the board changed and a client polling with `since=version` misses nothing.

Who may run the board (`require_facilitator`): a participant holding a facilitator token of this
workshop, or a signed-in user the rule `workshops.run_workshop` allows (its facilitator, a coordinator).
"""

from teekond.core.ratelimit import RateLimited
from teekond.workshops.actions import (
    WRONG_CODES_MESSAGE,
    BoardConflict,
    NotesTooFast,
    NotOnBoard,
    WorkshopClosed,
    WrongPhase,
)
from teekond.workshops.services.base import (
    CODE_ALPHABET,
    DECISION_MAX_LENGTH,
    NAME_MAX_LENGTH,
    NOTE_MAX_LENGTH,
    TIMER_MAX_SECONDS,
    WRONG_CODES_ALLOWED,
    hash_token,
    new_token,
    normalise_code,
    require_facilitator,
)
from teekond.workshops.services.board import (
    decision_save,
    focus_set,
    group_create,
    group_update,
    note_hide,
    note_post,
    parse_target,
    phase_set,
    timer_set,
    vote_cast,
    vote_withdraw,
    workshop_close,
)
from teekond.workshops.services.create import display_name, workshop_create
from teekond.workshops.services.outcome import MAX_PROPOSALS, Promotion, group_promote, note_promote
from teekond.workshops.services.seats import (
    facilitator_token_is_current,
    participant_for_token,
    participant_join,
    workshop_for_code,
)

__all__ = [
    "CODE_ALPHABET",
    "WRONG_CODES_ALLOWED",
    "DECISION_MAX_LENGTH",
    "MAX_PROPOSALS",
    "NAME_MAX_LENGTH",
    "NOTE_MAX_LENGTH",
    "TIMER_MAX_SECONDS",
    "WRONG_CODES_MESSAGE",
    "BoardConflict",
    "NotOnBoard",
    "NotesTooFast",
    "Promotion",
    "RateLimited",
    "WorkshopClosed",
    "WrongPhase",
    "decision_save",
    "display_name",
    "facilitator_token_is_current",
    "focus_set",
    "group_create",
    "group_promote",
    "group_update",
    "hash_token",
    "new_token",
    "normalise_code",
    "note_hide",
    "note_post",
    "note_promote",
    "parse_target",
    "participant_for_token",
    "participant_join",
    "phase_set",
    "require_facilitator",
    "timer_set",
    "vote_cast",
    "vote_withdraw",
    "workshop_close",
    "workshop_create",
    "workshop_for_code",
]
