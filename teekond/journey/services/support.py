"""Support for bottlenecks and proposals: members' supports in a round, and a meeting's tally.

Each is one transaction and checks the rules itself."""


from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Sum
from django.utils.translation import gettext as _

from teekond.core.permissions import require
from teekond.core.roles import Role
from teekond.journey import lifecycle
from teekond.journey.models import (
    Bottleneck,
    Proposal,
    Round,
    Support,
)


@transaction.atomic
def support_add(
    *, user, round: Round, bottleneck: Bottleneck | None = None, proposal: Proposal | None = None
) -> Support:
    """One support from a member in a round, within the round's budget; supporting twice is refused."""
    require(user, "journey.add_support", bottleneck or proposal)
    closed_proposal = proposal is not None and (lifecycle.is_closed(proposal) or not proposal.submitted_on)
    if (bottleneck is not None and bottleneck.merged_into_id) or closed_proposal:
        raise ValidationError(_("Only open bottlenecks and submitted proposals can be supported."))
    round = Round.objects.select_for_update().get(pk=round.pk)
    if not round.is_open:
        raise ValidationError(_("This round of prioritisation is closed."))
    spent = round.supports.filter(supporter=user).aggregate(total=Sum("weight"))["total"] or 0
    if spent >= round.budget:
        raise ValidationError(
            _("You have used all %(budget)s of your supports in this round.") % {"budget": round.budget}
        )
    target = {"bottleneck": bottleneck} if bottleneck else {"proposal": proposal}
    if round.supports.filter(supporter=user, **target).exists():
        raise ValidationError(_("You already support this in this round."))
    return Support.objects.create(round=round, supporter=user, **target)


@transaction.atomic
def tally_record(*, user, event, bottleneck: Bottleneck, weight: int, budget: int = 5) -> Support:
    """A meeting's votes on a bottleneck, counted in the room, as one support of `weight` in the event's round.

    Nobody in particular gave it (supporter None): the room voted, not one member on the site. The event's
    round is made when it has none, closed, because its supports were given in the room. A tally speaks
    for a room of many municipalities, so a municipality editor, who speaks for their own, may not record it.
    """
    require(user, "journey.add_evidence", bottleneck)
    if user.role == Role.MUNICIPALITY_EDITOR:
        raise PermissionDenied
    if bottleneck.merged_into_id:
        raise ValidationError(_("Only open bottlenecks and submitted proposals can be supported."))
    if weight < 1:
        raise ValidationError(_("A tally counts at least one vote."))
    round, _created = Round.objects.get_or_create(event=event, defaults={"budget": budget, "is_open": False})
    return Support.objects.create(round=round, supporter=None, bottleneck=bottleneck, weight=weight)
