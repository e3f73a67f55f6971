"""The spikker's editorial pages: writing, reviewing, publishing and translating entries.

Apart from views.py, which serves readers: everything here is behind the spikker's editing rules.
Content languages come from settings, so a new language gets a worklist and an editor by itself.
"""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from teekond.core.decorators import signed_in
from teekond.core.navigation import safe_next
from teekond.core.permissions import get_allowed_object, require
from teekond.core.translation import TranslationState, state_of
from teekond.spikker import selectors, services
from teekond.spikker.diff import compare_fields
from teekond.spikker.forms.entries import ENTRY_TEXT_FIELDS, EntryForm, TranslationForm
from teekond.spikker.models import Entry, EntryStatus
from teekond.terms import selectors as terms_selectors

WAITS_FOR_REVIEW = gettext_lazy(
    "Your change was sent to a coordinator for review. Readers see the published text until it is approved."
)


def target_languages() -> list[str]:
    return [code for code in settings.CONTENT_LANGUAGES if code != settings.SOURCE_LANGUAGE]


def worklist_url(language: str) -> str:
    return f"{reverse('spikker:worklist')}?{urlencode({'language': language})}"


@signed_in
@require_http_methods(["GET", "POST"])
def entry_create(request):
    require(request.user, "spikker.add_entry")
    return _entry_form(request, Entry(), cancel_url=reverse("spikker:manage"))


@signed_in
@require_http_methods(["GET", "POST"])
def entry_edit(request, key):
    queryset = Entry.objects.prefetch_related("texts", "sources", "stages")
    item = get_allowed_object(request.user, "spikker.change_entry", queryset, key=key)
    # Taken before the form runs: a bound model form changes the instance, key included.
    return _entry_form(request, item, cancel_url=item.get_absolute_url())


def _entry_form(request, item: Entry, *, cancel_url: str):
    review = services.needs_review(request.user, item)
    form = EntryForm(request.POST or None, instance=item)
    if request.method == "POST" and form.is_valid() and review:
        return _propose(request, item, form)
    if request.method == "POST" and form.is_valid():
        try:
            saved = services.entry_save(entry=item if item.pk else None, user=request.user, **_changes(form))
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The entry was saved."))
            return redirect(saved)
    context = {"form": form, "entry": item, "cancel_url": cancel_url, "review": review}
    return render(request, "spikker/edit/entry_form.html", context)


def _changes(form) -> dict:
    """What the entry form changes, as both the saving and the proposing service take it."""
    fields = form.cleaned_data
    return {"texts": form.texts(), "minor": fields["minor"], "reason": fields["reason"], **form.entry_fields()}


def _propose(request, item: Entry, form):
    """A published entry changed by someone who may not publish: the change waits for a coordinator."""
    try:
        services.revision_propose(entry=item, user=request.user, **_changes(form))
    except ValidationError as error:
        form.add_error(None, error)
        context = {"form": form, "entry": item, "cancel_url": item.get_absolute_url(), "review": True}
        return render(request, "spikker/edit/entry_form.html", context)
    messages.success(request, WAITS_FOR_REVIEW)
    return redirect(Entry.objects.get(pk=item.pk))


@signed_in
@require_POST
def entry_state(request, key):
    item = get_allowed_object(request.user, "spikker.change_entry", Entry.objects.all(), key=key)
    to_state = request.POST.get("to_state", "")
    reason = request.POST.get("reason", "").strip()[:300]
    try:
        services.entry_move(entry=item, to_state=to_state, user=request.user, reason=reason)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The entry is now: %(state)s.") % {"state": EntryStatus(to_state).label})
    return redirect(item)


@signed_in
@require_POST
def entry_confirm(request, key):
    """A coordinator confirms the entry as still valid in every language; back to where they pressed the button."""
    item = get_allowed_object(request.user, "spikker.confirm_entry", Entry.objects.all(), key=key)
    services.entry_confirm(entry=item, user=request.user)
    messages.success(request, _("Confirmed as still valid in every language: %(entry)s.") % {"entry": item})
    return redirect(safe_next(request.POST.get("next", ""), item.get_absolute_url()))


@signed_in
@require_GET
def entry_history(request, key):
    item = get_allowed_object(request.user, "spikker.change_entry", Entry.objects.prefetch_related("texts"), key=key)
    return render(request, "spikker/edit/history.html", {"entry": item, "changes": selectors.entry_changes(item)})


@signed_in
@require_GET
def manage(request):
    require(request.user, "spikker.change_entry")
    context = {"groups": selectors.entries_by_status(), "pending": list(selectors.pending_all())}
    return render(request, "spikker/edit/manage.html", context)


@signed_in
@require_GET
def worklist(request):
    require(request.user, "spikker.translate_entry")
    targets = target_languages()
    default = request.LANGUAGE_CODE if request.LANGUAGE_CODE in targets else targets[0]
    language = request.GET.get("language") or default
    if language not in targets:
        raise Http404
    items, counts = selectors.translation_worklist(language)
    names = dict(settings.LANGUAGES)
    context = {
        "language": language,
        "language_name": names[language],
        "targets": [(code, names[code], worklist_url(code)) for code in targets],
        "items": items,
        "counts": counts,
    }
    return render(request, "spikker/edit/worklist.html", context)


@signed_in
@require_http_methods(["GET", "POST"])
def translate(request, key, language):
    if language not in target_languages():
        raise Http404
    queryset = Entry.objects.prefetch_related("texts")
    item = get_allowed_object(request.user, "spikker.translate_entry", queryset, key=key)
    rows = item.texts_by_language()
    source, translation = rows.get(settings.SOURCE_LANGUAGE), rows.get(language)
    if source is None:
        raise Http404  # nothing to translate from
    form = TranslationForm(request.POST or None, language=language, row=translation)
    review = services.needs_review(request.user, item)
    if request.method == "POST" and form.is_valid():
        save = services.translation_propose if review else services.translation_save
        try:
            save(
                entry=item,
                language=language,
                fields=form.text_values(),
                user=request.user,
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request, WAITS_FOR_REVIEW if review else _("The translation was saved; it is now up to date.")
            )
            return redirect(worklist_url(language))
    context = {"entry": item, "form": form, "review": review, **_translation_view(item, language, source, translation)}
    return render(request, "spikker/edit/translate.html", context)


def _translation_view(item: Entry, language: str, source, translation) -> dict:
    return {
        "source": source,
        "language": language,
        "language_name": dict(settings.LANGUAGES)[language],
        "worklist_url": worklist_url(language),
        "term_hints": terms_selectors.terms_in_text(selectors.source_text(source), source="et", target=language),
        **_source_view(item, source, translation),
    }


def _source_view(item: Entry, source, translation) -> dict:
    """The current Estonian text and, for an outdated translation, the text it was made from and the changes."""
    state = state_of(translation, item.source_version)
    outdated = state == TranslationState.OUTDATED
    old_source = selectors.source_as_translated(item, translation) if outdated else None
    labels = {name: label for name, (label, _widget) in ENTRY_TEXT_FIELDS.items()}
    return {
        "state": state,
        "state_label": TranslationState(state).label,
        "outdated": outdated,
        "old_source": old_source,
        "fields": compare_fields(old_source, source, labels),
    }
