"""An entry's history as people read it: one line per save, saying who, what and why.

simple-history keeps a row per saved record, so one save of the entry form leaves a row for the entry
and one for every language, changed or not. Rows of the same person and reason saved within a moment
are one change here; rows that changed nothing a reader cares about are left out.
"""

import datetime as dt
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext as _

from teekond.spikker.models import ENTRY_TEXT_FIELDS, EntryRevision, EntryStatus, EntryText, RevisionStatus

ONE_SAVE = dt.timedelta(seconds=2)


@dataclass(frozen=True)
class What:
    text: str
    language: str = ""  # the language a text change concerns
    generic: bool = False  # says only that something was saved

    @property
    def language_name(self) -> str:
        return dict(settings.LANGUAGES).get(self.language, self.language)


@dataclass
class Change:
    when: dt.datetime
    who: str
    reason: str
    whats: list[What] = field(default_factory=list)


def entry_changes(entry) -> list[Change]:
    """Newest first, in two queries."""
    entry_rows = entry.history.select_related("history_user").order_by("history_date", "history_id")
    text_rows = (
        EntryText.history.filter(entry_id=entry.pk)
        .select_related("history_user")
        .order_by("history_date", "history_id")
    )
    revision_rows = (
        EntryRevision.history.filter(entry_id=entry.pk).select_related("history_user").order_by("history_date")
    )
    events = [*_entry_events(entry_rows), *_text_events(text_rows), *_revision_events(revision_rows)]
    return list(reversed(_group(sorted(events, key=lambda event: event[0]))))


def _revision_events(rows):
    """Changes proposed for review, and the coordinator's decision on each (spikker.services.revisions)."""
    for row in rows:
        if row.history_type == "+":
            text = _("change proposed, waiting for review")
        elif row.status == RevisionStatus.APPROVED:
            text = _("proposed change approved")
        elif row.status == RevisionStatus.REJECTED:
            text = _("proposed change not taken")
        else:
            continue
        yield row.history_date, row.history_user, row.history_change_reason or "", What(text, row.language)


def _group(events) -> list[Change]:
    changes: list[Change] = []
    for when, user, reason, what in events:
        last = changes[-1] if changes else None
        if last and (last.who, last.reason) == (_who(user), reason) and when - last.when < ONE_SAVE:
            last.whats.append(what)
        else:
            changes.append(Change(when, _who(user), reason, [what]))
    for change in changes:
        # "Saved" says something only when nothing else in the same save does.
        if len(change.whats) > 1:
            change.whats = [what for what in change.whats if not what.generic]
    return changes


def _who(user) -> str:
    return user.get_username() if user else _("unknown")


def _entry_events(rows):
    previous = None
    for row in rows:
        for what in _entry_whats(previous, row):
            yield row.history_date, row.history_user, row.history_change_reason or "", what
        previous = row


def _entry_whats(previous, row) -> list[What]:
    if row.history_type == "+":
        return [What(_("entry created (%(state)s)") % {"state": _status_label(row.status)})]
    if previous is None:
        return [What(_("details saved"), generic=True)]
    whats = []
    if previous.status != row.status:
        labels = {"old": _status_label(previous.status), "new": _status_label(row.status)}
        whats.append(_("state: %(old)s → %(new)s") % labels)
    if row.source_version > previous.source_version:
        whats.append(_("major change of the Estonian text: the translations are now outdated"))
    if previous.key != row.key:
        whats.append(_("key changed to “%(key)s”") % {"key": row.key})
    if previous.area_id != row.area_id:
        whats.append(_("life area changed"))
    return [What(text) for text in whats] or [What(_("details saved"), generic=True)]


def _status_label(status: str) -> str:
    return EntryStatus(status).label if status in EntryStatus.values else status


def _text_events(rows):
    previous_by_language = {}
    for row in rows:
        what = _text_what(previous_by_language.get(row.language), row)
        if what:
            yield row.history_date, row.history_user, row.history_change_reason or "", What(what, row.language)
        previous_by_language[row.language] = None if row.history_type == "-" else row


def _text_what(previous, row) -> str:
    if row.history_type == "-":
        return _("text removed")
    if previous is None:
        return _("text added")
    if any(getattr(previous, name) != getattr(row, name) for name in ENTRY_TEXT_FIELDS):
        return _("text changed")
    if row.language != settings.SOURCE_LANGUAGE and row.made_from_version != previous.made_from_version:
        return _("translation confirmed up to date")
    return ""
