""" "I got stuck here": newcomers' reports and how coordinators turn them into evidence on the journey map.

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

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Case, Count, Q, Value, When
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from teekond.core.dates import Precision, format_date
from teekond.core.history import stamp
from teekond.core.permissions import require
from teekond.core.privacy import mask_personal_data, sent_in_month
from teekond.core.ratelimit import take_slot
from teekond.guide.models import StuckReport, StuckStatus
from teekond.journey import services as journey_services
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


# Services


@transaction.atomic
def stuck_report_send(
    *, municipality: Municipality, step: Step, situation: str, language: str, text: str, client_address: str
) -> StuckReport:
    take_slot("guide:stuck", client_address, REPORTS_PER_HOUR)
    if not step_applies(step, situation):
        raise ValidationError(_("This step is not part of the journey for that situation."))
    report = StuckReport(
        municipality=municipality,
        step=step,
        situation=situation,
        language=language,
        text=_text_to_keep(text, language),
        month=month_of(timezone.now()),
    )
    report._history_user = None  # anonymous for everyone, even when the sender happens to be signed in
    sent_in_month(report, report.month)
    report.full_clean()
    report.save()
    return report


def _text_to_keep(text: str, language: str) -> str:
    text = text.strip()
    if len(LINK.findall(text)) > MAX_LINKS:
        raise ValidationError({"text": _("Please describe what happened in your own words, with at most one link.")})
    # Stored masked, not only shown masked: the sender cannot be answered, so contact details serve no one,
    # and what is not stored cannot leak through the history, an export or evidence copied from it.
    # The placeholders are written in the language of the text around them.
    with translation.override(language):
        # A placeholder can be longer than what it hides; the sender was already held to the length.
        return mask_personal_data(text)[: StuckReport._meta.get_field("text").max_length]


@transaction.atomic
def stuck_report_attach(*, user, report: StuckReport, bottleneck: Bottleneck, reason: str = "") -> StuckReport:
    """Add the report to a bottleneck of its stage and perspective as internal evidence."""
    report = _report_to_handle(user, report)
    _require_same_cell(report, bottleneck)
    _add_as_evidence(user, report, bottleneck)
    return _mark_handled(
        user, report, StuckStatus.ATTACHED, bottleneck=bottleneck, reason=reason or _("Added to a bottleneck.")
    )


@transaction.atomic
def stuck_report_open_bottleneck(
    *, user, report: StuckReport, title_et: str, title_en: str = "", description_et: str = "", reason: str = ""
) -> Bottleneck:
    """Open a bottleneck on the report's stage and perspective, recorded by its municipality, with it as evidence."""
    report = _report_to_handle(user, report)
    bottleneck = journey_services.bottleneck_save(
        user=user,
        fields={
            "stage": report.step.stage,
            "perspective": Perspective.objects.get(slug=perspective_slug_for(report.situation)),
            "owner_municipality": report.municipality,
        },
        texts={
            "et": {"title": title_et.strip(), "description": description_et.strip()},
            "en": {"title": title_en.strip()},
        },
        municipalities=[report.municipality],
        reason=reason or _("Opened from a newcomer's stuck report."),
    )
    _add_as_evidence(user, report, bottleneck)
    _mark_handled(user, report, StuckStatus.OPENED, bottleneck=bottleneck, reason=reason or _("Opened a bottleneck."))
    return bottleneck


@transaction.atomic
def stuck_report_dismiss(*, user, report: StuckReport, reason: str) -> StuckReport:
    report = _report_to_handle(user, report)
    if report.status != StuckStatus.NEW:
        raise ValidationError(_("Only a new report can be dismissed."))
    if not reason.strip():
        raise ValidationError({"reason": _("Please say why the report is dismissed.")})
    return _mark_handled(user, report, StuckStatus.DISMISSED, bottleneck=None, reason=reason)


def _report_to_handle(user, report: StuckReport) -> StuckReport:
    """The report locked for the change; one already turned into evidence is not handled twice."""
    require(user, HANDLE_PERMISSION, report)
    report = StuckReport.objects.select_for_update().select_related("step__stage", "municipality").get(pk=report.pk)
    if report.status in (StuckStatus.ATTACHED, StuckStatus.OPENED):
        raise ValidationError(_("This report is already part of a bottleneck."))
    return report


def _require_same_cell(report: StuckReport, bottleneck: Bottleneck) -> None:
    same_stage = bottleneck.stage_id == report.step.stage_id
    same_perspective = bottleneck.perspective.slug == perspective_slug_for(report.situation)
    if not (same_stage and same_perspective) or bottleneck.merged_into_id:
        raise ValidationError(
            {"bottleneck": _("Choose a current bottleneck of the same stage and perspective as the report.")}
        )


def _add_as_evidence(user, report: StuckReport, bottleneck: Bottleneck) -> None:
    # The network's records are written in its source language; the newcomer's own words follow as sent.
    with translation.override(settings.SOURCE_LANGUAGE):
        summary = _("Newcomer guide: stuck at “%(step)s” (%(month)s), situation: %(situation)s.") % {
            "step": report.step.text(settings.SOURCE_LANGUAGE).title or report.step.key,
            "month": format_date(report.month, Precision.MONTH),
            "situation": Situation(report.situation).label,
        }
        source = _("newcomer guide")
    journey_services.evidence_add(
        user=user,
        bottleneck=bottleneck,
        what=f"{summary}\n\n{report.text}" if report.text else summary,
        reported_by=source,
        observed_on=report.month,
        municipality=report.municipality,
        is_internal=True,
        language=report.language if report.text else settings.SOURCE_LANGUAGE,
    )


def _mark_handled(user, report: StuckReport, status: str, *, bottleneck, reason: str) -> StuckReport:
    report.status = status
    report.bottleneck = bottleneck
    report.handled_by = user
    report.handled_at = timezone.now()
    stamp(report, user=user, reason=reason.strip())
    report.save()
    return report


# Selectors


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
