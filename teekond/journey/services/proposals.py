"""Writes to proposals: saving, moving along the lifecycle (journey.lifecycle), milestones and comments.

Each is one transaction and checks the rules itself."""

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from teekond.core.dates import format_date
from teekond.core.history import stamp
from teekond.core.permissions import require
from teekond.core.translation import require_source_title, save_texts
from teekond.journey import ledger, lifecycle
from teekond.journey.models import (
    Comment,
    Milestone,
    Proposal,
    ProposalState,
    ProposalTransition,
)
from teekond.journey.rules import may_move_to
from teekond.journey.signals import proposal_changed

PROPOSAL_TEXT_FIELDS = ("title", "body")


@transaction.atomic
def proposal_save(
    *,
    user,
    proposal: Proposal | None = None,
    fields: dict,
    texts: dict[str, dict],
    bottlenecks=(),
    origin_events=(),
    minor: bool = False,
    reason: str = "",
) -> Proposal:
    require_source_title(texts)
    if not bottlenecks:
        raise ValidationError(_("Choose at least one bottleneck that the proposal addresses."))
    if proposal is None:
        require(user, "journey.add_proposal")
        proposal = Proposal(state_changed_on=timezone.localdate())
        if user.municipality_id:
            proposal.owner_municipality_id = user.municipality_id
    else:
        require(user, "journey.change_proposal", proposal)
    for name, value in fields.items():
        setattr(proposal, name, value)
    stamp(proposal, user=user, reason=reason)
    proposal.full_clean(exclude=["source_version"])
    proposal.save()
    if not proposal.authors.exists() and user.is_authenticated:
        proposal.authors.add(user)  # the one who wrote it may submit or withdraw it
    proposal.bottlenecks.set(bottlenecks)
    proposal.origin_events.set(origin_events)
    save_texts(proposal, texts, PROPOSAL_TEXT_FIELDS, minor=minor)
    return proposal


@transaction.atomic
def proposal_move(
    *,
    user,
    proposal: Proposal,
    to_state: str,
    on: dt.date | None = None,
    reason: str = "",
    event=None,
    reference: str = "",
    answer_kind: str = "",
    answer_text: str = "",
    answer_reasons: str = "",
    progress: int | None = None,
    merged_into: Proposal | None = None,
    registered_on: dt.date | None = None,
) -> ProposalTransition:
    """Move a proposal to its next state, recording who, when and why; refuse what the lifecycle forbids.

    Sent to the body, it gets the date its answer is due (journey.ledger), counted from `registered_on`,
    the day the body registered the letter, when that is known.
    """
    proposal, merged_into = _locked_for_move(user, proposal, to_state, merged_into)
    on = on or timezone.localdate()
    _check_registered(on, registered_on)
    answer = {"answer_kind": answer_kind, "answer_text": answer_text, "progress": progress, "merged_into": merged_into}
    check_move(proposal, to_state, on=on, reason=reason, **answer)
    details = apply_move(
        proposal,
        to_state,
        on=on,
        reference=reference,
        answer_reasons=answer_reasons,
        registered_on=registered_on,
        **answer,
    )
    by = user if user.is_authenticated else None
    transition = record_transition(proposal, to_state, on=on, reason=reason, details=details, event=event, by=by)
    _save_moved(proposal, transition, user=user)
    return transition


def _save_moved(proposal: Proposal, transition: ProposalTransition, *, user) -> None:
    """Save the moved proposal with its history's reason, and tell those who follow it (journey.signals)."""
    to_state = transition.to_state
    stamp(proposal, user=user, reason=transition.reason or str(ProposalState(to_state).label))
    proposal.save()
    kind = {ProposalState.ANSWERED: "answer", ProposalState.MERGED: "merge"}.get(to_state, "state")
    proposal_changed.send(Proposal, proposal=proposal, kind=kind, on=transition.on, transition=transition)


def _locked_for_move(user, proposal: Proposal, to_state: str, merged_into: Proposal | None):
    """The proposal locked for the move, and the one it merges into as stored, not as the caller saw it."""
    proposal = Proposal.objects.select_for_update().get(pk=proposal.pk)
    if merged_into is not None:
        merged_into = Proposal.objects.get(pk=merged_into.pk)
    require(user, "journey.change_proposal_state", proposal)
    if not may_move_to(user, proposal, to_state):
        raise PermissionDenied
    return proposal, merged_into


def _check_registered(on: dt.date, registered_on: dt.date | None) -> None:
    if registered_on and not on <= registered_on <= timezone.localdate():
        raise ValidationError(_("The body cannot register the letter before it was sent, nor in the future."))


def record_transition(proposal, to_state, *, on, reason, details, event=None, by=None) -> ProposalTransition:
    """Record the move (from the proposal's state as it is) and set the new state; the caller saves the proposal."""
    transition = ProposalTransition.objects.create(
        proposal=proposal,
        from_state=proposal.state,
        to_state=to_state,
        on=on,
        reason=reason,
        event=event,
        by=by,
        details=details,
    )
    proposal.state, proposal.state_changed_on = to_state, on
    return transition


def check_move(proposal, to_state, *, on, reason, answer_kind, answer_text, progress, merged_into) -> None:
    current = ProposalState(proposal.state)
    rejected_by_body = current == ProposalState.ANSWERED and lifecycle.is_closed(proposal)
    if to_state == ProposalState.IN_IMPLEMENTATION and rejected_by_body:
        raise ValidationError(_("Only an accepted or partly accepted proposal can be implemented."))
    lifecycle.WORKFLOW.check(proposal, to_state)
    if on > timezone.localdate():
        raise ValidationError(_("The date of a state change cannot be in the future."))
    last = proposal.transitions.order_by("-on").first()
    if last and on < last.on:
        raise ValidationError(
            _("The date cannot be before the previous state change (%(date)s).") % {"date": format_date(last.on)}
        )
    if to_state in lifecycle.NEEDS_REASON and not reason.strip():
        raise ValidationError(_("Give the reason: it is shown to everyone who follows the proposal."))
    if to_state == ProposalState.ANSWERED and not (answer_kind and answer_text.strip()):
        raise ValidationError(_("Record what the responsible body answered and whether it accepted the proposal."))
    if progress is not None and not 0 <= progress <= 100:
        raise ValidationError(_("Progress is a percentage from 0 to 100."))
    if to_state == ProposalState.MERGED:
        if merged_into is None or merged_into.pk == proposal.pk:
            raise ValidationError(_("Choose the other proposal this one is merged into."))
        if lifecycle.is_closed(merged_into) or merged_into.state == ProposalState.DRAFT:
            raise ValidationError(_("A proposal cannot be merged into one that is already closed."))


def apply_move(
    proposal,
    to_state,
    *,
    on,
    reference,
    answer_kind,
    answer_text,
    answer_reasons,
    progress,
    merged_into,
    registered_on=None,
    answer_due=None,
):
    details = {}
    if to_state == ProposalState.SUBMITTED:
        proposal.submitted_on = on
    elif to_state == ProposalState.SENT:
        proposal.sent_on, proposal.sent_reference, proposal.registered_on = on, reference, registered_on
        proposal.answer_due = answer_due or ledger.default_due(sent_on=on, registered_on=registered_on)
        details.update(reference=reference, answer_due=proposal.answer_due.isoformat())
        if registered_on:
            details["registered_on"] = registered_on.isoformat()
    elif to_state == ProposalState.ANSWERED:
        proposal.answered_on, proposal.answer_kind = on, answer_kind
        proposal.answer_text, proposal.answer_reasons = answer_text, answer_reasons
        details.update(answer=answer_kind, answer_text=answer_text, answer_reasons=answer_reasons)
    elif to_state == ProposalState.MERGED:
        proposal.merged_into = merged_into
        merged_into.bottlenecks.add(*proposal.bottlenecks.all())
        details["merged_into"] = merged_into.pk
    elif to_state == ProposalState.IMPLEMENTED:
        proposal.progress = 100
    if progress is not None and to_state == ProposalState.IN_IMPLEMENTATION:
        proposal.progress = progress
        details["progress"] = progress
    return details


@transaction.atomic
def milestone_add(*, user, proposal: Proposal, on: dt.date, text: str, progress: int) -> Milestone:
    require(user, "journey.change_proposal_state", proposal)
    if proposal.state not in (ProposalState.IN_IMPLEMENTATION, ProposalState.IMPLEMENTED):
        raise ValidationError(_("Milestones are recorded once the proposal is being implemented."))
    milestone = Milestone(proposal=proposal, on=on, text=text, progress=progress)
    milestone.full_clean()
    milestone.save()
    proposal.progress = max(proposal.progress, progress)
    stamp(proposal, user=user, reason=text)
    proposal.save(update_fields=["progress"])
    return milestone


@transaction.atomic
def comment_add(*, user, proposal: Proposal, text: str) -> Comment:
    require(user, "journey.add_comment", proposal)
    if not text.strip():
        raise ValidationError(_("Write the comment first."))
    comment = Comment(proposal=proposal, author=user, text=text.strip())
    comment.full_clean()
    comment.save()
    return comment
