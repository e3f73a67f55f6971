"""Reviewing an editor's change to a published entry: the published text beside the proposed one, word by word,
and the coordinator's approval or refusal (spikker.services.revisions)."""

from types import SimpleNamespace

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from teekond.core.decorators import signed_in
from teekond.core.permissions import allowed, get_allowed_object
from teekond.spikker import services
from teekond.spikker.diff import compare_fields
from teekond.spikker.forms.entries import ENTRY_TEXT_FIELDS
from teekond.spikker.models import Entry, EntryRevision


def _languages(revision: EntryRevision) -> dict[str, dict]:
    if revision.language:
        return {revision.language: revision.data["fields"]}
    return revision.data.get("texts", {})


def comparisons(entry: Entry, revision: EntryRevision) -> list[dict]:
    """Per language, each field as published beside the field as proposed (changed fields only)."""
    rows = entry.texts_by_language()
    labels = {name: label for name, (label, _widget) in ENTRY_TEXT_FIELDS.items()}
    names = dict(settings.LANGUAGES)
    shown = []
    for language, fields in _languages(revision).items():
        compared = compare_fields(rows.get(language), SimpleNamespace(**fields), labels)
        changed = [field for field in compared if field.pieces is not None or (field.old is None and field.current)]
        if changed:
            shown.append({"language": language, "name": names.get(language, language), "fields": changed})
    return shown


@signed_in
@require_http_methods(["GET", "POST"])
def revision(request, key, pk):
    entry = get_allowed_object(request.user, "spikker.change_entry", Entry.objects.prefetch_related("texts"), key=key)
    proposed = get_object_or_404(EntryRevision.objects.select_related("author", "decided_by"), entry=entry, pk=pk)
    may_decide = allowed(request.user, "spikker.publish_entry", entry)
    if request.method == "POST" and may_decide:
        reason = request.POST.get("reason", "").strip()[:300]
        try:
            if request.POST.get("decision") == "approve":
                services.revision_approve(revision=proposed, user=request.user, reason=reason)
                messages.success(request, _("The change is approved: readers see it now."))
            else:
                services.revision_reject(revision=proposed, user=request.user, reason=reason)
                messages.success(request, _("The change was not taken; its author sees why."))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        return redirect("spikker:revision", key=entry.key, pk=proposed.pk)
    context = {
        "entry": entry,
        "revision": proposed,
        "languages": comparisons(entry, proposed),
        "may_decide": may_decide,
    }
    return render(request, "spikker/edit/revision.html", context)
