"""The coordinators' side of "I got stuck here": reports grouped per stage, perspective, municipality and
month, each attached to a bottleneck, opened as a new one, or dismissed (services/stuck.py)."""

import datetime as dt

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from teekond.core.decorators import signed_in
from teekond.core.permissions import require
from teekond.guide.forms.stuck import AttachForm, DismissForm, OpenBottleneckForm, StuckFilterForm
from teekond.guide.models import StuckReport, StuckStatus
from teekond.guide.selectors import stuck as selectors
from teekond.guide.services import stuck as service

BAD_REQUEST = 400


@signed_in
@require_GET
def stuck_reports(request):
    require(request.user, "guide.view_stuckreport")
    filters = StuckFilterForm(request.GET or None)
    context = {"filters": filters, "groups": selectors.stuck_groups(**filters.filters())}
    return render(request, "guide/stuck/list.html", context)


@signed_in
@require_GET
def stuck_group(request, stage, perspective, municipality, year, month):
    require(request.user, "guide.view_stuckreport")
    return _group_page(request, _group(stage, perspective, municipality, year, month))


@signed_in
@require_POST
def stuck_attach(request, pk):
    report, group = _report_and_group(request, pk)
    bottlenecks = selectors.bottlenecks_to_attach(stage=group["stage"], perspective=group["perspective"])
    form = AttachForm(request.POST, bottlenecks=bottlenecks, prefix=f"r{pk}-attach")
    return _handle(request, report, group, "attach", form, service.stuck_report_attach, _("Added to the bottleneck."))


@signed_in
@require_POST
def stuck_open(request, pk):
    report, group = _report_and_group(request, pk)
    form = OpenBottleneckForm(request.POST, prefix=f"r{pk}-open")
    return _handle(
        request, report, group, "open", form, service.stuck_report_open_bottleneck, _("A new bottleneck was opened.")
    )


@signed_in
@require_POST
def stuck_dismiss(request, pk):
    report, group = _report_and_group(request, pk)
    form = DismissForm(request.POST, prefix=f"r{pk}-dismiss")
    return _handle(
        request, report, group, "dismiss", form, service.stuck_report_dismiss, _("The report was dismissed.")
    )


def _handle(request, report, group, action, form, handle, done_message):
    if form.is_valid():
        try:
            handle(user=request.user, report=report, **form.cleaned_data)
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, done_message)
            return redirect(_group_url(group))
    return _group_page(request, group, bound=(report.pk, action, form), status=BAD_REQUEST)


def _add_errors(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


def _report_and_group(request, pk):
    require(request.user, selectors.HANDLE_PERMISSION)
    try:
        report = selectors.report_for_handling(pk)
    except StuckReport.DoesNotExist:
        raise Http404 from None
    try:
        perspective = selectors.perspective(selectors.perspective_slug_for(report.situation))
    except ObjectDoesNotExist:
        raise Http404 from None
    group = {
        "stage": report.step.stage,
        "perspective": perspective,
        "municipality": report.municipality,
        "month": report.month,
    }
    return report, group


def _group(stage, perspective, municipality, year, month) -> dict:
    try:
        first_day = dt.date(year, month, 1)
    except ValueError:
        raise Http404 from None
    try:
        return {**selectors.group_places(stage, perspective, municipality), "month": first_day}
    except ObjectDoesNotExist:
        raise Http404 from None


def _group_url(group) -> str:
    return reverse(
        "guide:stuck_group",
        kwargs={
            "stage": group["stage"].slug,
            "perspective": group["perspective"].slug,
            "municipality": group["municipality"].slug,
            "year": group["month"].year,
            "month": group["month"].month,
        },
    )


def _group_page(request, group, *, bound=None, status=200):
    reports = list(selectors.group_reports(**group))
    bottlenecks = selectors.bottlenecks_to_attach(stage=group["stage"], perspective=group["perspective"])
    rows = [_report_row(report, bottlenecks, bound) for report in reports]
    context = {
        **group,
        "rows": rows,
        "can_handle": request.user.has_perm(selectors.HANDLE_PERMISSION),
        "can_attach": bottlenecks.exists(),
    }
    return render(request, "guide/stuck/group.html", context, status=status)


def _report_row(report, bottlenecks, bound) -> dict:
    """One report with its three forms; the one just sent with errors is shown as sent, and open."""
    forms = {
        "attach": AttachForm(bottlenecks=bottlenecks, prefix=f"r{report.pk}-attach"),
        "open": OpenBottleneckForm(prefix=f"r{report.pk}-open"),
        "dismiss": DismissForm(prefix=f"r{report.pk}-dismiss"),
    }
    open_action = ""
    if bound and bound[0] == report.pk:
        open_action = bound[1]
        forms[open_action] = bound[2]
    return {
        "report": report,
        "forms": forms,
        "open_action": open_action,
        "handled": report.status in (StuckStatus.ATTACHED, StuckStatus.OPENED),
        "may_dismiss": report.status == StuckStatus.NEW,
    }
