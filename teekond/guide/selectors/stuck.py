"""Reads of the newcomers' "I got stuck here" reports (the writes are in guide.services.stuck).

"I got stuck here": newcomers' reports and how coordinators turn them into evidence on the journey map.

A report is sent without an account and keeps only where (municipality, step, situation), when (the
month, not the day) and an optional short text. The sender's address only feeds the rate limit
(core.ratelimit), which never stores it. Reports are never public: coordinators read them, grouped by
stage × perspective × municipality × month, and attach each to a bottleneck as internal evidence, open a
new bottleneck from it, or dismiss it — each a recorded decision with who and why.

The situation decides the perspective of the map a report lands on: a returnee's is the returnee
perspective, every other situation the immigrant one.
"""

import datetime as dt
import re
from dataclasses import dataclass

from django.db.models import Case, Count, Q, Value, When
from django.utils import timezone

from teekond.guide.models import StuckReport, StuckStatus
from teekond.journey.models import Bottleneck, Perspective, Situation, Stage, Step
from teekond.network.models import Municipality

REPORTS_PER_HOUR = 10
MAX_LINKS = 1
IMMIGRANT_PERSPECTIVE = "immigrant"
RETURNEE_PERSPECTIVE = "returnee"
HANDLE_PERMISSION = "guide.handle_stuckreport"

LINK = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


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
