"""Writes to the spikker. Each is one transaction and checks the rules itself, so no caller
(view, admin, command or API) can write what the user may not.

Who made a change and why goes into the simple-history rows (core.history.stamp); the text rows are
saved by core.translation, so their history rows are stamped right after the save instead.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from teekond.core.history import stamp
from teekond.core.permissions import allowed, require
from teekond.core.translation import TranslationOrigin, complete_fields, require_source_title, save_texts
from teekond.journey.selectors import Situation
from teekond.spikker import workflow
from teekond.spikker.addresses import RESERVED_KEYS
from teekond.spikker.models import ENTRY_TEXT_FIELDS, Entry, EntrySource, EntryStatus, EntryText

MAX_EXAMPLES = 3


@transaction.atomic
def entry_save(
    *,
    entry: Entry | None = None,
    user,
    area,
    key: str,
    stages=(),
    texts: dict[str, dict],
    sources=(),
    situations=(),
    children_only: bool = False,
    minor: bool = False,
    reason: str = "",
) -> Entry:
    """Create a draft (when `entry` is None) or change an entry, with its texts in every language.

    `texts` maps a language to its fields, examples as a list; a language without a title loses its
    text. `sources` are web addresses; a source kept keeps the date it was last checked.
    """
    texts = checked_texts(texts)
    _check_key_field(key)
    entry = _entry_to_save(user, entry)
    entry.area, entry.key = area, key
    if any(situation not in Situation.values for situation in situations):
        raise ValidationError(_("Choose the situations from the list."))
    entry.situations, entry.children_only = list(situations), children_only
    stamp(entry, user=user, reason=reason)
    entry.full_clean(exclude=["source_version"])
    entry.save()
    entry.stages.set(stages)
    _replace_sources(entry, sources)
    started = timezone.now()
    save_texts(entry, texts, ENTRY_TEXT_FIELDS, minor=minor)
    _stamp_text_history(entry, since=started, user=user, reason=reason)
    _reindex(entry)
    return entry


def _entry_to_save(user, entry: Entry | None) -> Entry:
    """A new draft (when `entry` is None) or the entry, once the user may write it."""
    if entry is None:
        require(user, "spikker.add_entry")
        return Entry(status=EntryStatus.DRAFT)
    require(user, "spikker.change_entry", entry)
    _refuse_unreviewed(user, entry)
    return entry


def needs_review(user, entry: Entry) -> bool:
    """Whether this person's change to the entry must wait for a coordinator (spikker.services.revisions): every change
    to a published entry by someone who may not publish."""
    if entry is None or entry.pk is None:
        return False
    published = Entry.objects.filter(pk=entry.pk, status=EntryStatus.PUBLISHED).exists()
    return published and not allowed(user, "spikker.publish_entry", entry)


def _refuse_unreviewed(user, entry: Entry) -> None:
    if needs_review(user, entry):
        raise PermissionDenied(_("A change to a published entry waits for a coordinator's review: propose it instead."))


def checked_texts(texts: dict[str, dict]) -> dict[str, dict]:
    require_source_title(texts)
    for values in texts.values():
        check_examples(values.get("examples") or [])
    return texts


def check_examples(examples: list[str]) -> None:
    if len(examples) > MAX_EXAMPLES:
        raise ValidationError(
            ngettext("Give at most %(count)d example.", "Give at most %(count)d examples.", MAX_EXAMPLES)
            % {"count": MAX_EXAMPLES}
        )


def reserved_keys() -> set[str]:
    """The addresses of the spikker's own pages: an entry with one of these keys could never be opened."""
    return set(RESERVED_KEYS)


def check_key(key: str) -> None:
    if key in reserved_keys():
        raise ValidationError(_("“%(key)s” is the address of another spikker page; choose another key.") % {"key": key})


def check_sources(urls) -> None:
    validate = URLValidator()
    for url in urls:
        try:
            validate(url)
        except ValidationError:
            raise ValidationError(_("“%(url)s” is not a web address.") % {"url": url}) from None


def _check_key_field(key: str) -> None:
    try:
        check_key(key)
    except ValidationError as error:
        raise ValidationError({"key": error.messages}) from None


def _replace_sources(entry: Entry, urls) -> None:
    wanted = list(dict.fromkeys(url.strip() for url in urls if url.strip()))
    check_sources(wanted)
    entry.sources.exclude(url__in=wanted).delete()
    known = set(entry.sources.values_list("url", flat=True))
    EntrySource.objects.bulk_create(EntrySource(entry=entry, url=url) for url in wanted if url not in known)


def _stamp_text_history(entry: Entry, *, since, user, reason: str) -> None:
    rows = EntryText.history.filter(entry_id=entry.pk, history_date__gte=since)
    rows.update(history_user=user if user.is_authenticated else None, history_change_reason=reason or None)


@transaction.atomic
def entry_move(*, entry: Entry, to_state: str, user, reason: str = "") -> Entry:
    """Move an entry along its workflow (spikker.workflow); publishing the first time dates it."""
    entry = Entry.objects.select_for_update().get(pk=entry.pk)
    require(user, "spikker.change_entry", entry)
    workflow.WORKFLOW.check(entry, to_state)
    if workflow.needs_publisher(entry.status, to_state):
        require(user, "spikker.publish_entry", entry)
    if to_state == EntryStatus.PUBLISHED and entry.published_at is None:
        entry.published_at = timezone.now()
    entry.status = to_state
    stamp(entry, user=user, reason=reason)
    entry.save()
    _reindex(entry)
    return entry


@transaction.atomic
def translation_save(*, entry: Entry, language: str, fields: dict, user, reason: str = "") -> EntryText:
    """Save one translation as made from the current Estonian text, so that it counts as up to date.

    Not core.translation.save_text: that marks only a changed row as made from the current source,
    while a translator who finds an outdated translation still right must be able to confirm it as is.
    """
    require(user, "spikker.translate_entry", entry)
    _refuse_unreviewed(user, entry)
    if language == settings.SOURCE_LANGUAGE or language not in settings.CONTENT_LANGUAGES:
        raise ValidationError(_("A translation is made into one of the other content languages."))
    if not fields.get("title"):
        raise ValidationError(_("The translation needs a title."))
    check_examples(fields.get("examples") or [])
    entry = Entry.objects.select_for_update().get(pk=entry.pk)  # the source version as stored now
    row = entry.texts.filter(language=language).first() or EntryText(entry=entry, language=language)
    for name, value in complete_fields(EntryText, fields, ENTRY_TEXT_FIELDS).items():
        setattr(row, name, value)
    row.made_from_version = entry.source_version
    row.origin = TranslationOrigin.MANUAL
    stamp(row, user=user, reason=reason)
    row.full_clean()
    row.save()
    _reindex(entry)
    return row


@transaction.atomic
def entry_confirm(*, entry: Entry, user, today=None) -> Entry:
    """A coordinator confirms the entry as still valid in every language and its sources as checked, at once.

    Only this sets the date an entry was last checked; the history keeps who confirmed it and when.
    """
    require(user, "spikker.confirm_entry", entry)
    entry.checked, entry.checked_by = today or timezone.localdate(), user
    stamp(entry, user=user, reason=_("Confirmed as still valid in every language."))
    entry.save(update_fields=["checked", "checked_by"])
    entry.sources.update(checked=entry.checked)
    return entry


def _reindex(entry: Entry) -> None:
    # Imported when used: the search module loads language analysers that most callers never need.
    from teekond.spikker.search import reindex_entry

    # Loaded afresh: the caller's entry may hold texts prefetched before they were saved.
    reindex_entry(Entry.objects.prefetch_related("texts", "area__texts", "stages__texts").get(pk=entry.pk))
