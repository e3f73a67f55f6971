"""Newcomers send "I got stuck here"; coordinators turn the reports into evidence (logic in guide.stuck)."""

import datetime as dt

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from teekond.core.decorators import same_site_form, signed_in
from teekond.core.permissions import require
from teekond.core.ratelimit import RateLimited
from teekond.guide import stuck as service
from teekond.guide.models import StuckReport, StuckStatus
from teekond.guide.stuck_forms import AttachForm, DismissForm, OpenBottleneckForm, StuckFilterForm, StuckForm
from teekond.journey.models import Perspective, Stage, Step
from teekond.network.models import Municipality

TOO_MANY = 429
BAD_REQUEST = 400


def _client_address(request) -> str:
    return request.META.get("REMOTE_ADDR", "")


def _safe_next(value: str) -> str:
    """Back to the reader's plan: a path on this site only, never an address elsewhere."""
    if value.startswith("/") and url_has_allowed_host_and_scheme(value, allowed_hosts=set()):
        return value
    return reverse("guide:chooser")


# The newcomer's side


# No CSRF token: the form is anonymous and changes nobody's account, and a plan kept offline for weeks
# would carry a stale token; a plan must also set no cookie (nothing about the newcomer is kept).
# A post from another site is refused by its Origin; bots are held off by the honeypot and the rate limit.
@same_site_form
@require_POST
def stuck(request):
    form = StuckForm(request.POST)
    back = _safe_next(request.POST.get("next", ""))
    if not form.is_valid():
        return _form_again(request, form, back, status=BAD_REQUEST)
    if form.is_from_a_bot():
        return _thanks(request, back)  # the bot is told nothing that would teach it
    try:
        municipality = Municipality.objects.get(slug=form.cleaned_data["municipality"])
        step = Step.objects.select_related("stage").get(key=form.cleaned_data["step"])
    except (Municipality.DoesNotExist, Step.DoesNotExist):
        return HttpResponseBadRequest()
    try:
        service.stuck_report_send(
            municipality=municipality,
            step=step,
            situation=form.cleaned_data["situation"],
            language=request.LANGUAGE_CODE,
            text=form.cleaned_data["text"],
            client_address=_client_address(request),
        )
    except RateLimited:
        message = _("You have sent several reports in a short time. Please try again in an hour.")
        return render(request, "guide/stuck/rate_limited.html", {"message": message, "back": back}, status=TOO_MANY)
    except ValidationError as error:
        form.add_error(None, error)
        return _form_again(request, form, back, status=BAD_REQUEST)
    return _thanks(request, back)


def _form_again(request, form, back, *, status):
    """The form on a page of its own, with what went wrong next to the text, for a reader without JavaScript."""
    return render(request, "guide/stuck/report.html", {"form": form, "back": back}, status=status)


def _thanks(request, back):
    messages.success(
        request,
        _("Thank you. Your report reaches the people who plan newcomer services; it is never published."),
    )
    return redirect(back)


# The coordinators' side


@signed_in
@require_GET
def stuck_reports(request):
    require(request.user, "guide.view_stuckreport")
    filters = StuckFilterForm(request.GET or None)
    context = {"filters": filters, "groups": service.stuck_groups(**filters.filters())}
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
    bottlenecks = service.bottlenecks_to_attach(stage=group["stage"], perspective=group["perspective"])
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
    require(request.user, service.HANDLE_PERMISSION)
    try:
        report = service.report_for_handling(pk)
    except StuckReport.DoesNotExist:
        raise Http404 from None
    perspective = get_object_or_404(Perspective, slug=service.perspective_slug_for(report.situation))
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
    return {
        "stage": get_object_or_404(Stage.objects.prefetch_related("texts"), slug=stage),
        "perspective": get_object_or_404(Perspective.objects.prefetch_related("texts"), slug=perspective),
        "municipality": get_object_or_404(Municipality, slug=municipality),
        "month": first_day,
    }


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
    reports = list(service.group_reports(**group))
    bottlenecks = service.bottlenecks_to_attach(stage=group["stage"], perspective=group["perspective"])
    rows = [_report_row(report, bottlenecks, bound) for report in reports]
    context = {
        **group,
        "rows": rows,
        "can_handle": request.user.has_perm(service.HANDLE_PERMISSION),
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
