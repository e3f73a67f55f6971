""" "I got stuck here", the reads: reports grouped for coordinators, the totals, and which perspective a
situation's report lands on (see services/stuck.py for how reports are sent and handled).
"""

import datetime as dt
from dataclasses import dataclass

from django.db.models import Case, Count, Q, Value, When
from django.utils import timezone

from teekond.guide.models import StuckReport, StuckStatus
from teekond.journey.models import Bottleneck, Perspective, Situation, Stage, Step
from teekond.network.models import Municipality

IMMIGRANT_PERSPECTIVE = "immigrant"
RETURNEE_PERSPECTIVE = "returnee"
HANDLE_PERMISSION = "guide.handle_stuckreport"
PERSPECTIVES_WITH_REPORTS = (IMMIGRANT_PERSPECTIVE, RETURNEE_PERSPECTIVE)


def perspective_slug_for(situation: str) -> str:
    return RETURNEE_PERSPECTIVE if situation == Situation.RETURNEE else IMMIGRANT_PERSPECTIVE


def step_applies(step: Step, situation: str) -> bool:
    """A step applies when it names the situation and its stage does too (a stage naming none concerns all)."""
    stage_situations = step.stage.situations
    return situation in step.situations and (not stage_situations or situation in stage_situations)


def month_of(moment: dt.datetime) -> dt.date:
    """The first day of the month the moment falls in, in Estonian time (TIME_ZONE)."""
    return timezone.localdate(moment).replace(day=1)


@dataclass(frozen=True)
class StuckGroup:
    """The reports of one stage × perspective × municipality × month."""

    stage: Stage
    perspective: Perspective
    municipality: Municipality
    month: dt.date
    count: int
    new: int


def _with_perspective(reports):
    returnee = When(situation=Situation.RETURNEE, then=Value(RETURNEE_PERSPECTIVE))
    return reports.annotate(perspective=Case(returnee, default=Value(IMMIGRANT_PERSPECTIVE)))


def filtered_reports(*, status: str = "", municipality: str = "", stage: str = "", perspective: str = ""):
    reports = _with_perspective(StuckReport.objects.all())
    if status:
        reports = reports.filter(status=status)
    if municipality:
        reports = reports.filter(municipality__slug=municipality)
    if stage:
        reports = reports.filter(step__stage__slug=stage)
    if perspective:
        reports = reports.filter(perspective=perspective)
    return reports


def stuck_groups(**filters) -> list[StuckGroup]:
    """Counts per stage × perspective × municipality × month, newest month first, then in map order."""
    rows = list(
        filtered_reports(**filters)
        .values("step__stage", "perspective", "municipality", "month")
        .annotate(count=Count("pk"), new=Count("pk", filter=Q(status=StuckStatus.NEW)))
        .order_by("-month", "step__stage__order", "perspective", "municipality__name")
    )
    stages = Stage.objects.prefetch_related("texts").in_bulk({row["step__stage"] for row in rows})
    perspectives = Perspective.objects.prefetch_related("texts").in_bulk(
        {row["perspective"] for row in rows}, field_name="slug"
    )
    municipalities = Municipality.objects.in_bulk({row["municipality"] for row in rows})
    return [
        StuckGroup(
            stage=stages[row["step__stage"]],
            perspective=perspectives[row["perspective"]],
            municipality=municipalities[row["municipality"]],
            month=row["month"],
            count=row["count"],
            new=row["new"],
        )
        for row in rows
    ]


def group_reports(*, stage: Stage, perspective: Perspective, municipality: Municipality, month: dt.date):
    return (
        filtered_reports(stage=stage.slug, perspective=perspective.slug, municipality=municipality.slug)
        .filter(month=month)
        .select_related("step", "handled_by", "bottleneck")
        .prefetch_related("step__texts", "bottleneck__texts")
        .order_by("-pk")
    )


def bottlenecks_to_attach(*, stage: Stage, perspective: Perspective):
    return Bottleneck.objects.current().filter(stage=stage, perspective=perspective).prefetch_related("texts")


@dataclass(frozen=True)
class StuckTotals:
    count: int
    new: int


def stuck_totals() -> StuckTotals:
    totals = StuckReport.objects.aggregate(count=Count("pk"), new=Count("pk", filter=Q(status=StuckStatus.NEW)))
    return StuckTotals(**totals)


def report_for_handling(pk: int) -> StuckReport:
    return StuckReport.objects.select_related("step__stage", "municipality").get(pk=pk)


def report_place(municipality_slug: str, step_key: str) -> tuple[Municipality, Step] | None:
    """The municipality and step a newcomer's report names, or None when either is unknown."""
    municipality = Municipality.objects.filter(slug=municipality_slug).first()
    step = Step.objects.select_related("stage").filter(key=step_key).first()
    return (municipality, step) if municipality and step else None


def perspective(slug: str) -> Perspective:
    return Perspective.objects.get(slug=slug)


def group_places(stage: str, perspective: str, municipality: str) -> dict:
    """The stage, perspective and municipality of a group of reports, by their slugs (DoesNotExist if one is
    unknown)."""
    return {
        "stage": Stage.objects.prefetch_related("texts").get(slug=stage),
        "perspective": Perspective.objects.prefetch_related("texts").get(slug=perspective),
        "municipality": Municipality.objects.get(slug=municipality),
    }


# For the coordinators' filter and forms


def municipalities():
    return Municipality.objects.all()


def stages():
    # str() of a stage is its name in the active language: texts fetched once for all options.
    return Stage.objects.prefetch_related("texts")


def perspectives_with_reports():
    return Perspective.objects.filter(slug__in=PERSPECTIVES_WITH_REPORTS).prefetch_related("texts")


def no_bottlenecks():
    return Bottleneck.objects.none()
