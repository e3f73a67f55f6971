"""The journey's writes, one module per sub-capability; the names below are the app's write interface."""

from teekond.journey.services.ledger import proposal_due_extend, proposal_due_set, reminders_send
from teekond.journey.services.map import (
    BOTTLENECK_TEXT_FIELDS,
    bottleneck_merge,
    bottleneck_municipalities_add,
    bottleneck_save,
    evidence_add,
    step_confirm,
)
from teekond.journey.services.proposals import (
    PROPOSAL_TEXT_FIELDS,
    apply_move,
    check_move,
    comment_add,
    milestone_add,
    proposal_move,
    proposal_save,
    record_transition,
)
from teekond.journey.services.support import support_add, tally_record

__all__ = [
    "BOTTLENECK_TEXT_FIELDS",
    "PROPOSAL_TEXT_FIELDS",
    "apply_move",
    "bottleneck_merge",
    "bottleneck_municipalities_add",
    "bottleneck_save",
    "check_move",
    "comment_add",
    "evidence_add",
    "milestone_add",
    "proposal_due_extend",
    "proposal_due_set",
    "proposal_move",
    "proposal_save",
    "record_transition",
    "reminders_send",
    "step_confirm",
    "support_add",
    "tally_record",
]
