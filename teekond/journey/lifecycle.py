"""The proposal lifecycle as data: which state may follow which, and what each step needs.

draft → submitted → discussed → adopted → sent → answered → in implementation → implemented
side exits: withdrawn and merged (before it is sent), rejected by the network (once submitted, before
it is adopted); a proposal the responsible body rejected ends with that answer.
"""

from django.utils.translation import gettext_lazy as _

from teekond.core.workflow import Workflow
from teekond.journey.models import AnswerKind, ProposalState
from teekond.journey.rules import may_move_to

S = ProposalState

NEXT_STATES: dict[str, tuple[str, ...]] = {
    S.DRAFT: (S.SUBMITTED, S.WITHDRAWN, S.MERGED),
    S.SUBMITTED: (S.DISCUSSED, S.REJECTED, S.WITHDRAWN, S.MERGED),
    S.DISCUSSED: (S.ADOPTED, S.REJECTED, S.WITHDRAWN, S.MERGED),
    S.ADOPTED: (S.SENT, S.WITHDRAWN, S.MERGED),
    S.SENT: (S.ANSWERED,),
    S.ANSWERED: (S.IN_IMPLEMENTATION,),
    S.IN_IMPLEMENTATION: (S.IMPLEMENTED,),
    S.IMPLEMENTED: (),
    S.WITHDRAWN: (),
    S.MERGED: (),
    S.REJECTED: (),
}

# The main path, in order: the timeline and the map's "how far has it got" read from this.
MAIN_PATH = (S.DRAFT, S.SUBMITTED, S.DISCUSSED, S.ADOPTED, S.SENT, S.ANSWERED, S.IN_IMPLEMENTATION, S.IMPLEMENTED)
CLOSED = (S.IMPLEMENTED, S.WITHDRAWN, S.MERGED, S.REJECTED)
NEEDS_REASON = (S.WITHDRAWN, S.MERGED, S.REJECTED)
# What a move asks for besides its date and why: the state-change page shows only these fields for it.
MOVE_FIELDS: dict[str, tuple[str, ...]] = {
    S.SUBMITTED: (),
    S.DISCUSSED: ("event",),
    S.ADOPTED: ("event",),
    S.REJECTED: ("event",),
    S.SENT: ("reference", "registered_on"),
    S.ANSWERED: ("answer_kind", "answer_text", "answer_reasons"),
    S.IN_IMPLEMENTATION: ("progress",),
    S.IMPLEMENTED: (),
    S.WITHDRAWN: (),
    S.MERGED: ("merged_into",),
}
ANSWERS_ALLOWING_IMPLEMENTATION = (AnswerKind.ACCEPTED, AnswerKind.PARTLY)


def is_closed(proposal) -> bool:
    """At the end of its path: nothing can follow, and nothing can be merged into it."""
    rejected_by_body = proposal.state == S.ANSWERED and proposal.answer_kind == AnswerKind.REJECTED
    return proposal.state in CLOSED or rejected_by_body


WORKFLOW = Workflow(
    states=ProposalState,
    moves=NEXT_STATES,
    refusal=_("A proposal that is “%(current)s” cannot become “%(target)s”."),
    is_closed=is_closed,
    who=may_move_to,
)


def allowed_next(proposal) -> tuple[str, ...]:
    return WORKFLOW.next_states(proposal)
