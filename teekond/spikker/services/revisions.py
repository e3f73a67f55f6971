"""Changes to published entries, reviewed before readers see them.

An editor who may not publish (a municipality editor) cannot change a published entry or its translations
directly (services.needs_review): their change is kept as an `EntryRevision`, and the public page keeps the
published text. A coordinator compares it with the published text and approves it (it is then saved through
services.entry_save or services.translation_save, with who approved it and whose change it was in the entry's
history) or rejects it with a reason. The revision keeps its own history, so the entry's history shows both
the proposal and the decision (spikker.selectors.changelog).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from teekond.core.history import stamp
from teekond.core.permissions import require
from teekond.journey import selectors as journey
from teekond.spikker.models import Entry, EntryRevision, LifeArea, RevisionStatus
from teekond.spikker.services.entries import (
    check_examples,
    check_key,
    check_sources,
    checked_texts,
    entry_save,
    translation_save,
)


@transaction.atomic
def revision_propose(
    *,
    entry: Entry,
    user,
    area,
    key: str,
    stages=(),
    situations=(),
    children_only=False,
    texts: dict,
    sources=(),
    minor=False,
    reason="",
) -> EntryRevision:
    """Keep an editor's change to a published entry for review; checked as a direct save would be."""
    require(user, "spikker.change_entry", entry)
    checked_texts(texts)
    check_key(key)
    if Entry.objects.exclude(pk=entry.pk).filter(key=key).exists():
        raise ValidationError({"key": _("Another entry has this key.")})
    urls = list(dict.fromkeys(url.strip() for url in sources if url.strip()))
    check_sources(urls)
    data = {
        "area": area.key,
        "key": key,
        "stages": sorted(stage.slug for stage in stages),
        "situations": list(situations),
        "children_only": bool(children_only),
        "sources": urls,
        "texts": texts,
    }
    return _kept(entry, user, data, minor=minor, reason=reason)


@transaction.atomic
def translation_propose(*, entry: Entry, language: str, fields: dict, user, reason: str = "") -> EntryRevision:
    """Keep a translation of a published entry for review."""
    require(user, "spikker.translate_entry", entry)
    if language == settings.SOURCE_LANGUAGE or language not in settings.CONTENT_LANGUAGES:
        raise ValidationError(_("A translation is made into one of the other content languages."))
    if not fields.get("title"):
        raise ValidationError(_("The translation needs a title."))
    check_examples(fields.get("examples") or [])
    return _kept(entry, user, {"fields": fields}, language=language, reason=reason)


def _kept(entry, user, data: dict, *, language: str = "", minor=False, reason="") -> EntryRevision:
    revision = EntryRevision(entry=entry, language=language, data=data, minor=minor, reason=reason, author=user)
    stamp(revision, user=user, reason=reason or "proposed")
    revision.full_clean()
    revision.save()
    return revision


def _pending(revision: EntryRevision, user) -> EntryRevision:
    # Only the revision row is locked: PostgreSQL locks no row on the nullable side of a join (its author).
    revision = (
        EntryRevision.objects.select_for_update(of=("self",)).select_related("entry", "author").get(pk=revision.pk)
    )
    require(user, "spikker.publish_entry", revision.entry)
    if revision.status != RevisionStatus.PENDING:
        raise ValidationError(_("This change was decided already."))
    return revision


@transaction.atomic
def revision_approve(*, revision: EntryRevision, user, reason: str = "") -> Entry:
    """Apply the change to the published entry, recorded as the coordinator's with the author's name."""
    revision = _pending(revision, user)
    author = revision.author.get_username() if revision.author else _("unknown")
    note = _("approved the change proposed by %(author)s") % {"author": author}
    why = f"{note}: {revision.reason}" if revision.reason else note
    entry, data = revision.entry, revision.data
    if revision.language:
        translation_save(entry=entry, language=revision.language, fields=data["fields"], user=user, reason=why)
    else:
        entry_save(
            entry=entry,
            user=user,
            area=LifeArea.objects.get(key=data["area"]),
            key=data["key"],
            stages=journey.stages_by_slugs(data["stages"]),
            situations=data.get("situations", entry.situations),
            children_only=data.get("children_only", entry.children_only),
            texts=data["texts"],
            sources=data["sources"],
            minor=revision.minor,
            reason=why,
        )
    _decide(revision, user, RevisionStatus.APPROVED, reason)
    return Entry.objects.get(pk=entry.pk)


@transaction.atomic
def revision_reject(*, revision: EntryRevision, user, reason: str) -> EntryRevision:
    revision = _pending(revision, user)
    if not reason.strip():
        raise ValidationError(_("Say why the change is not taken, so that its author knows."))
    return _decide(revision, user, RevisionStatus.REJECTED, reason)


def _decide(revision: EntryRevision, user, status: str, reason: str) -> EntryRevision:
    revision.status, revision.decided_by, revision.decided_at = status, user, timezone.now()
    revision.decision_reason = reason.strip()[:300]
    stamp(revision, user=user, reason=revision.decision_reason or str(RevisionStatus(status).label))
    revision.save()
    return revision
