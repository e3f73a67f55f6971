"""Newcomers send "I got stuck here" (the writes in services/stuck.py; coordinators: stuck_reports.py)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from teekond.core.decorators import same_site_form
from teekond.core.ratelimit import RateLimited
from teekond.guide.forms.stuck import StuckForm
from teekond.guide.selectors import stuck as selectors
from teekond.guide.services import stuck as service

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
    place = selectors.report_place(form.cleaned_data["municipality"], form.cleaned_data["step"])
    if place is None:
        return HttpResponseBadRequest()
    municipality, step = place
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
