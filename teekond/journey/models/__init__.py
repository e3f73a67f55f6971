"""The adaptation journey map: perspectives × stages, the steps of each stage, bottlenecks seen in them,
and the proposals that address the bottlenecks, each followed through explicit states to a decision.

One module per part; the names below are the models and vocabularies the rest of the app (and Django) uses."""

from teekond.journey.models.bottlenecks import (
    OPEN_STATUSES,
    Bottleneck,
    BottleneckQuerySet,
    BottleneckStatus,
    BottleneckText,
    Evidence,
    new_key,
)
from teekond.journey.models.editions import MapEdition, MapEditionText
from teekond.journey.models.ledger import DueReminder, ReminderKind
from teekond.journey.models.map import (
    SOURCE_HELP,
    Actor,
    DeadlineAnchor,
    DeadlineUnit,
    Perspective,
    PerspectiveText,
    Situation,
    Stage,
    StageText,
    Step,
    StepText,
    Timing,
)
from teekond.journey.models.proposals import (
    AnswerKind,
    Comment,
    Level,
    Milestone,
    Proposal,
    ProposalState,
    ProposalText,
    ProposalTransition,
)
from teekond.journey.models.support import Round, Support

__all__ = [
    "Actor",
    "AnswerKind",
    "Bottleneck",
    "BottleneckQuerySet",
    "BottleneckStatus",
    "BottleneckText",
    "Comment",
    "DeadlineAnchor",
    "DeadlineUnit",
    "DueReminder",
    "Evidence",
    "Level",
    "MapEdition",
    "MapEditionText",
    "Milestone",
    "OPEN_STATUSES",
    "Perspective",
    "PerspectiveText",
    "Proposal",
    "ProposalState",
    "ProposalText",
    "ProposalTransition",
    "ReminderKind",
    "Round",
    "SOURCE_HELP",
    "Situation",
    "Stage",
    "StageText",
    "Step",
    "StepText",
    "Support",
    "Timing",
    "new_key",
]
