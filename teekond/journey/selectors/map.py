"""Reads of the journey map, each in a fixed number of queries whatever the number of bottlenecks."""

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, F, Prefetch, Q, Sum
from django.db.models.functions import Coalesce

from teekond.core.permissions import allowed
from teekond.journey.models import (
    OPEN_STATUSES,
    Bottleneck,
    Evidence,
    Level,
    MapEdition,
    Perspective,
    Proposal,
    ProposalState,
    Stage,
    Step,
    Support,
)
from teekond.network import selectors as network


@dataclass
class MapFilters:
    perspective: str = ""
    municipality: str = ""
    level: str = ""
    status: str = ""
    event: int | None = None

    @property
    def active(self) -> bool:
        return any((self.perspective, self.municipality, self.level, self.status, self.event))


@dataclass
class Cell:
    stage: Stage
    perspective: Perspective
    bottlenecks: list = field(default_factory=list)

    @property
    def open_count(self) -> int:
        return sum(1 for b in self.bottlenecks if b.is_open)


def sees_internal(user) -> bool:
    """Drafts and evidence that names people are for signed-in network roles only."""
    return allowed(user, "journey.view_internal")


def visible_proposals(internal: bool):
    """A proposal becomes public when it is submitted; one withdrawn while still a draft never does."""
    proposals = Proposal.objects.prefetch_related("texts")
    return proposals if internal else proposals.filter(submitted_on__isnull=False)


def _filtered_bottlenecks(filters: MapFilters, internal: bool):
    bottlenecks = Bottleneck.objects.current().select_related("stage", "perspective")
    if filters.perspective:
        bottlenecks = bottlenecks.filter(perspective__slug=filters.perspective)
    if filters.municipality:
        bottlenecks = bottlenecks.filter(
            Q(municipalities__slug=filters.municipality) | Q(owner_municipality__slug=filters.municipality)
        )
    if filters.status:
        bottlenecks = bottlenecks.filter(status=filters.status)
    if filters.level:
        bottlenecks = bottlenecks.filter(proposals__level=filters.level, proposals__in=visible_proposals(internal))
    if filters.event:
        bottlenecks = bottlenecks.filter(Q(origin_id=filters.event) | Q(proposals__origin_events=filters.event))
    return bottlenecks.distinct()


def with_priority(bottlenecks):
    return bottlenecks.annotate(priority=Coalesce(Sum("supports__weight"), 0))


def journey_map(filters: MapFilters, internal: bool) -> dict:
    """Stages across, perspectives down; each cell its bottlenecks with priority and proposal states."""
    stages = list(Stage.objects.prefetch_related("texts", "perspectives"))
    perspectives = list(Perspective.objects.prefetch_related("texts"))
    if filters.perspective:
        perspectives = [p for p in perspectives if p.slug == filters.perspective]
    ids = _filtered_bottlenecks(filters, internal).values("pk")
    bottlenecks = (
        with_priority(Bottleneck.objects.filter(pk__in=ids))
        .prefetch_related("texts", Prefetch("proposals", queryset=visible_proposals(internal)))
        .order_by("-priority", "pk")
    )
    cells = {(s.pk, p.pk): Cell(s, p) for s in stages for p in perspectives}
    for bottleneck in bottlenecks:
        cell = cells.get((bottleneck.stage_id, bottleneck.perspective_id))
        if cell is not None:
            cell.bottlenecks.append(bottleneck)
    most_open = max((cell.open_count for cell in cells.values()), default=0)
    rows = [(p, [cells[(s.pk, p.pk)] for s in stages]) for p in perspectives]
    has_sample = any(bottleneck.is_sample for bottleneck in bottlenecks)
    return {"stages": stages, "rows": rows, "most_open": most_open, "total": len(bottlenecks), "has_sample": has_sample}


def intensity(open_count: int, most_open: int) -> int:
    """0–4: how dark a cell is drawn. The number itself is always printed beside it."""
    if open_count == 0 or most_open == 0:
        return 0
    return max(1, round(4 * open_count / most_open))


def stage_page(slug: str, internal: bool):
    stage = Stage.objects.prefetch_related("texts", "perspectives__texts").get(slug=slug)
    steps = Step.objects.filter(stage=stage).select_related("institution", "source_municipality")
    steps = steps.prefetch_related("texts")
    bottlenecks = with_priority(Bottleneck.objects.current().filter(stage=stage)).select_related("perspective")
    bottlenecks = bottlenecks.prefetch_related("texts", Prefetch("proposals", queryset=visible_proposals(internal)))
    by_perspective = defaultdict(list)
    for bottleneck in bottlenecks.order_by("-priority", "pk"):
        by_perspective[bottleneck.perspective_id].append(bottleneck)
    perspectives = [(p, by_perspective.get(p.pk, [])) for p in Perspective.objects.prefetch_related("texts")]
    return stage, list(steps), perspectives


def bottleneck_detail(pk: int, internal: bool):
    bottleneck = (
        with_priority(Bottleneck.objects.filter(pk=pk))
        .select_related("stage", "perspective", "origin", "owner_municipality")
        .prefetch_related("texts", "municipalities", "stage__texts", "perspective__texts")
        .get()
    )
    evidence = Evidence.objects.filter(bottleneck=bottleneck).select_related("municipality")
    if not internal:
        evidence = evidence.filter(is_internal=False)
    proposals = visible_proposals(internal).filter(bottlenecks=bottleneck).select_related("responsible_body")
    return bottleneck, list(evidence), list(proposals), priority_trend(bottleneck=bottleneck)


def priority_trend(**target) -> list[tuple]:
    """Supports per round (meeting or workshop), oldest first: how the priority built up."""
    rows = (
        Support.objects.filter(**target)
        .values("round__event__start_date", "round__event__type", "round__event_id")
        .annotate(total=Sum("weight"))
        .order_by("round__event__start_date")
    )
    return [(row["round__event__start_date"], row["round__event_id"], row["total"]) for row in rows]


def proposal_detail(pk: int, internal: bool) -> Proposal:
    proposals = visible_proposals(internal).annotate(priority=Coalesce(Sum("supports__weight"), 0))
    proposals = proposals.select_related("responsible_body", "merged_into", "owner_municipality")
    return proposals.prefetch_related(
        "transitions__by",
        "transitions__event__texts",
        "milestones",
        "comments__author",
        "authors",
        Prefetch(
            "bottlenecks",
            queryset=Bottleneck.objects.prefetch_related("texts", "stage__texts").select_related("origin"),
        ),
        Prefetch("origin_events", queryset=_events()),
    ).get(pk=pk)


def _events():
    return network.events_with_texts()


def state_tracker(today: dt.date, internal: bool) -> list[tuple]:
    """Proposals to the state, grouped by responsible body, with how long each has waited for an answer."""
    proposals = (
        visible_proposals(internal)
        .filter(level=Level.STATE)
        .select_related("responsible_body")
        .prefetch_related("bottlenecks__texts")
        .order_by("responsible_body__name", "sent_on", "pk")
    )
    by_body = defaultdict(list)
    for proposal in proposals:
        by_body[proposal.responsible_body].append(mark_waiting(proposal, today))
    return sorted(by_body.items(), key=lambda item: item[0].name if item[0] else "")


def latest_answered_proposal() -> Proposal | None:
    """The public proposal whose answer from the responsible body came last."""
    answered = visible_proposals(internal=False).filter(answered_on__isnull=False).select_related("responsible_body")
    return answered.order_by("-answered_on", "-pk").first()


def mark_waiting(proposal: Proposal, today: dt.date) -> Proposal:
    """Put the day's figures on a proposal for the pages and the API: days waiting, overdue, days left."""
    proposal.waiting_days = proposal.days_waiting(today)
    proposal.overdue = proposal.is_overdue(today)
    proposal.days_overdue = (today - proposal.answer_due).days if proposal.overdue else None
    waiting = proposal.state == ProposalState.SENT and proposal.answer_due
    proposal.days_left = (proposal.answer_due - today).days if waiting and not proposal.overdue else None
    return proposal


def state_counts(internal: bool) -> list[tuple[str, int]]:
    """How many proposals to the state are in each state, in the lifecycle's order."""
    rows = visible_proposals(internal).filter(level=Level.STATE).values("state").annotate(n=Count("pk"))
    counts = {row["state"]: row["n"] for row in rows}
    return [(state.label, counts[state]) for state in ProposalState if state in counts]


def municipality_overview(municipality, internal: bool) -> dict:
    ids = Bottleneck.objects.current().filter(Q(municipalities=municipality) | Q(owner_municipality=municipality))
    # Priority is summed over a plain filter by id: a join over municipalities would count supports twice.
    ours = with_priority(Bottleneck.objects.filter(pk__in=ids.values("pk")))
    ours = ours.select_related("stage", "perspective").prefetch_related("texts", "stage__texts")
    our_stage_ids = {b.stage_id for b in ours}
    others = (
        with_priority(
            Bottleneck.objects.current().filter(stage_id__in=our_stage_ids).exclude(pk__in=[b.pk for b in ours])
        )
        .select_related("stage", "perspective")
        .prefetch_related("texts", "municipalities", "stage__texts")
    )
    evidence = Evidence.objects.filter(municipality=municipality).select_related("bottleneck")
    if not internal:
        evidence = evidence.filter(is_internal=False)
    proposals = (
        visible_proposals(internal).filter(Q(owner_municipality=municipality) | Q(bottlenecks__in=ours)).distinct()
    )
    return {
        "bottlenecks": list(ours),
        "others": list(others),
        "evidence": list(evidence.prefetch_related("bottleneck__texts")),
        "proposals": list(proposals.select_related("responsible_body")),
    }


@dataclass
class YearFigures:
    """What the annual report says about the journey map. Sample records are counted apart: a report that
    states facts leaves them out."""

    stages: list
    steps: int
    edition: "MapEdition | None"
    bottlenecks_by_perspective: list  # (perspective, open, total)
    proposals_by_level: list  # (Level, [(ProposalState, count)])
    sent: list  # proposals sent to the state in the year
    answered: list  # proposals the state answered in the year
    sample_bottlenecks: int
    sample_proposals: int


def year_figures(year: int, *, samples: bool = False) -> YearFigures:
    """The map's figures for the annual report (public content only): the records that are facts, or, with
    `samples`, only the sample records (for an internal draft, which marks each of them)."""
    bottlenecks = Bottleneck.objects.current().filter(is_sample=samples)
    public = visible_proposals(internal=False).select_related("responsible_body").filter(is_sample=samples)
    state_level = public.filter(level=Level.STATE)
    return YearFigures(
        stages=list(Stage.objects.prefetch_related("texts")),
        steps=Step.objects.count(),
        edition=MapEdition.objects.filter(year=year).select_related("led_by").prefetch_related("texts").first(),
        bottlenecks_by_perspective=_open_and_total(bottlenecks),
        proposals_by_level=_states_by_level(public),
        sent=list(state_level.filter(sent_on__year=year).order_by("sent_on", "pk")),
        answered=list(state_level.filter(answered_on__year=year).order_by("answered_on", "pk")),
        sample_bottlenecks=Bottleneck.objects.current().filter(is_sample=True).count(),
        sample_proposals=Proposal.objects.filter(is_sample=True).count(),
    )


def _open_and_total(bottlenecks) -> list[tuple]:
    totals = bottlenecks.values("perspective").annotate(
        total=Count("pk"), open=Count("pk", filter=Q(status__in=OPEN_STATUSES))
    )
    counts = {row["perspective"]: row for row in totals}
    return [
        (p, counts.get(p.pk, {}).get("open", 0), counts.get(p.pk, {}).get("total", 0))
        for p in Perspective.objects.prefetch_related("texts")
    ]


def _states_by_level(proposals) -> list[tuple]:
    rows = proposals.values("level", "state").annotate(n=Count("pk"))
    found = {(row["level"], row["state"]): row["n"] for row in rows}
    return [
        (level, [(state, found[level, state]) for state in ProposalState if (level, state) in found]) for level in Level
    ]


def steps_by_last_check() -> list[Step]:
    """Every step, the ones no person has checked first, then the longest unchecked (for coordinators)."""
    steps = Step.objects.select_related("stage", "checked_by").prefetch_related("texts", "stage__texts")
    return list(steps.order_by(F("checked").asc(nulls_first=True), "stage__order", "order", "pk"))
