"""Who may change what on the journey map (see core.permissions)."""

from teekond.core.permissions import edits_municipality, has_role, is_coordinator, is_member, rule
from teekond.core.roles import Role
from teekond.journey.models import ProposalState

CONTRIBUTORS = (Role.COORDINATOR, Role.MUNICIPALITY_EDITOR, Role.FACILITATOR)
# What an author may do to their own proposal; every other move is the coordinator's (journey.lifecycle).
AUTHOR_MOVES = (ProposalState.SUBMITTED, ProposalState.WITHDRAWN)

for model in ("perspective", "stage", "step", "round", "mapedition"):
    rule(*(f"journey.{action}_{model}" for action in ("add", "change", "delete", "view")))(is_coordinator)

rule("journey.view_internal", "journey.add_proposal", "journey.add_comment", "journey.add_support")(is_member)
rule("journey.merge_bottleneck", "journey.delete_bottleneck", "journey.delete_proposal")(is_coordinator)
rule("journey.confirm_step")(is_coordinator)


@rule("journey.add_bottleneck", "journey.add_evidence")
def may_contribute(user, obj=None) -> bool:
    return has_role(user, *CONTRIBUTORS)


@rule("journey.change_bottleneck", "journey.view_bottleneck")
def may_change_bottleneck(user, bottleneck=None) -> bool:
    """Coordinators; a municipality editor for the bottlenecks their municipality recorded."""
    if is_coordinator(user):
        return True
    if bottleneck is None:
        return has_role(user, Role.MUNICIPALITY_EDITOR)
    return edits_municipality(user, bottleneck.owner_municipality_id)


@rule("journey.change_proposal", "journey.view_proposal")
def may_edit_proposal(user, proposal=None) -> bool:
    """Coordinators always; its authors (and its municipality's editors) while it is a draft."""
    if is_coordinator(user):
        return True
    if proposal is None:
        return is_member(user)
    return proposal.state == ProposalState.DRAFT and _is_authors(user, proposal)


@rule("journey.change_proposal_state")
def may_move_proposal(user, proposal=None) -> bool:
    """Which moves, exactly, is checked by the service: authors may only submit or withdraw."""
    if is_coordinator(user):
        return True
    if proposal is None:
        return is_member(user)
    return _is_authors(user, proposal) and proposal.state in (ProposalState.DRAFT, ProposalState.SUBMITTED)


def may_move_to(user, proposal, target: str) -> bool:
    if is_coordinator(user) or user.is_superuser:
        return True
    return target in AUTHOR_MOVES and may_move_proposal(user, proposal)


def _is_authors(user, proposal) -> bool:
    if not user.is_authenticated:
        return False
    if edits_municipality(user, proposal.owner_municipality_id):
        return True
    return proposal.authors.filter(pk=user.pk).exists()
