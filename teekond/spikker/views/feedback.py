"""Readers rate entries and suggest missing rules; coordinators read both (the logic is in
spikker.services.feedback and spikker.selectors.feedback)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from teekond.core.decorators import same_site_form, signed_in
from teekond.core.permissions import allowed, get_allowed_object, require
from teekond.core.ratelimit import RateLimited
from teekond.spikker import selectors, services
from teekond.spikker.forms.feedback import HelpfulForm, ModerationForm, SuggestionFilterForm, SuggestionForm
from teekond.spikker.models import Entry, Suggestion, SuggestionStatus

TOO_MANY = 429


def _client_address(request) -> str:
    return request.META.get("REMOTE_ADDR", "")


def _rate_limited_message() -> str:
    return _("You have sent a lot in a short time. Please try again in an hour.")


# The entry's page comes from the page cache, the same for every reader, so its form carries no CSRF token:
# a post from another site is refused by its Origin instead (README, "Performance").
@same_site_form
@require_POST
def feedback_give(request, key):
    try:
        entry = selectors.published_entry(key)
    except Entry.DoesNotExist:
        raise Http404 from None
    form = HelpfulForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest()
    if entry.key in selectors.answered_entries(request.session):
        return redirect(entry)  # a second click or a resent form counts once
    try:
        services.feedback_give(
            entry=entry,
            helpful=form.cleaned_data["helpful"],
            language=request.LANGUAGE_CODE,
            client_address=_client_address(request),
        )
    except RateLimited:
        context = {"entry": entry, "message": _rate_limited_message()}
        return render(request, "spikker/feedback/rate_limited.html", context, status=TOO_MANY)
    services.remember_answer(request.session, entry)
    messages.success(request, _("Thank you for your answer. It helps us improve the spikker."))
    return redirect(entry)


@require_http_methods(["GET", "POST"])
def suggest(request):
    form = SuggestionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if form.is_from_a_bot():
            return _suggestion_received(request)  # the bot is told nothing that would teach it
        try:
            services.suggestion_send(
                situation=form.cleaned_data["situation"],
                question=form.cleaned_data["question"],
                area=form.cleaned_data["area"],
                language=request.LANGUAGE_CODE,
                client_address=_client_address(request),
            )
        except RateLimited:
            form.add_error(None, _rate_limited_message())
            return render(request, "spikker/feedback/suggest.html", {"form": form}, status=TOO_MANY)
        return _suggestion_received(request)
    return render(request, "spikker/feedback/suggest.html", {"form": form})


def _suggestion_received(request):
    messages.success(
        request,
        _("Thank you. A coordinator will read your suggestion; nothing is published without their review."),
    )
    return redirect("spikker:suggest")


@signed_in
@require_GET
def suggestions(request):
    require(request.user, "spikker.view_suggestion")
    filters = SuggestionFilterForm(request.GET or None)
    status = filters.status_shown()
    context = {
        "filters": filters,
        "status": status,
        "suggestions": selectors.suggestions(status=status),
        "can_moderate": allowed(request.user, "spikker.change_suggestion"),
    }
    return render(request, "spikker/feedback/suggestions.html", context)


@signed_in
@require_POST
def suggestion_moderate(request, pk):
    suggestion = get_allowed_object(request.user, "spikker.change_suggestion", Suggestion.objects, pk=pk)
    form = ModerationForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest()
    try:
        services.suggestion_moderate(user=request.user, suggestion=suggestion, **form.cleaned_data)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        status = SuggestionStatus(form.cleaned_data["status"]).label
        messages.success(request, _("The suggestion is now %(status)s.") % {"status": status})
    return redirect("spikker:suggestions")


@signed_in
@require_GET
def feedback_overview(request):
    require(request.user, "spikker.view_feedback")
    return render(request, "spikker/feedback/overview.html", {"rows": selectors.feedback_counts()})
