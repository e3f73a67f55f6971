"""The life of a spikker entry as data: which state may follow which, and who may make the move.

draft → in review → published → archived; an entry in review may go back to draft for more work, a
published one may be taken back to draft when it turns out wrong, and an archived one revived as a draft.
Every move that changes what the public sees (into or out of "published", or into "archived") is a
publisher's; writing and sending for review is every editor's.
"""

from operator import attrgetter

from django.utils.translation import gettext_lazy as _

from teekond.core.permissions import allowed
from teekond.core.workflow import Workflow
from teekond.spikker.models import EntryStatus

S = EntryStatus

NEXT_STATES: dict[str, tuple[str, ...]] = {
    S.DRAFT: (S.IN_REVIEW,),
    S.IN_REVIEW: (S.PUBLISHED, S.DRAFT),
    S.PUBLISHED: (S.ARCHIVED, S.DRAFT),
    S.ARCHIVED: (S.DRAFT,),
}

# What the button for a move says: the action, not the state it leads to.
MOVE_LABELS = {
    S.DRAFT: _("Return to draft"),
    S.IN_REVIEW: _("Send for review"),
    S.PUBLISHED: _("Publish"),
    S.ARCHIVED: _("Archive"),
}


def needs_publisher(from_state: str, to_state: str) -> bool:
    return from_state == S.PUBLISHED or to_state in (S.PUBLISHED, S.ARCHIVED)


def may_move(user, entry, to_state: str) -> bool:
    if not allowed(user, "spikker.change_entry", entry):
        return False
    return not needs_publisher(entry.status, to_state) or allowed(user, "spikker.publish_entry", entry)


WORKFLOW = Workflow(
    states=EntryStatus,
    moves=NEXT_STATES,
    refusal=_("An entry that is “%(current)s” cannot become “%(target)s”."),
    state_of=attrgetter("status"),
    who=may_move,
)


def allowed_moves(user, entry) -> list[tuple[str, str]]:
    """The moves this user may make now, as (state, button label), in the table's order."""
    return [(state, MOVE_LABELS[state]) for state in WORKFLOW.allowed(user, entry)]
