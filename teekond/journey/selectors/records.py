"""Every row of the journey map, for other apps that list it whole: open data, feeds, statistics, the spikker's
forms and imports. Each read is a fixed number of queries."""

from django.db.models import Count, Q

from teekond.journey.models import Bottleneck, Perspective, ProposalTransition, Stage, Step
from teekond.journey.selectors.map import visible_proposals


def perspectives():
    return Perspective.objects.prefetch_related("texts")


def stages():
    return Stage.objects.prefetch_related("texts")


def stages_with_perspectives():
    return Stage.objects.prefetch_related("texts", "perspectives")


def stages_by_slugs(slugs):
    return Stage.objects.filter(slug__in=slugs)


def stage_slugs() -> set[str]:
    return set(Stage.objects.values_list("slug", flat=True))


def steps_with_texts():
    return Step.objects.select_related("stage", "institution").prefetch_related("texts")


def bottlenecks_with_public_evidence():
    """Every bottleneck (merged ones too), oldest first, each with its count of public evidence."""
    bottlenecks = Bottleneck.objects.select_related("stage", "perspective", "origin", "merged_into")
    bottlenecks = bottlenecks.prefetch_related("texts", "municipalities").annotate(
        public_evidence=Count("evidence", filter=Q(evidence__is_internal=False)),
    )
    return bottlenecks.order_by("pk")


def public_proposals_in_full():
    """The public proposals, oldest first, with what open data tells of each."""
    proposals = visible_proposals(internal=False).select_related("responsible_body", "merged_into")
    proposals = proposals.prefetch_related("bottlenecks__stage", "bottlenecks__perspective", "transitions")
    return proposals.order_by("pk")


def public_transitions():
    """Every state change of a public proposal."""
    public = visible_proposals(internal=False).values("pk")
    return ProposalTransition.objects.filter(proposal__in=public).select_related("proposal")
