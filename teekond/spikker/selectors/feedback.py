"""What readers have told the spikker: answers per entry, the suggestions, and what a session has answered."""

from dataclasses import dataclass

from django.db.models import Count, Q

from teekond.spikker.models import Entry, Suggestion

ANSWERED_SESSION_KEY = "spikker_answered"


# What a browser session has already answered, so the entry page thanks instead of asking again.


def answered_entries(session) -> set[str]:
    return set(session.get(ANSWERED_SESSION_KEY, []))


@dataclass(frozen=True)
class EntryFeedback:
    entry: Entry
    yes: int
    no: int

    @property
    def total(self) -> int:
        return self.yes + self.no

    @property
    def helpful_percent(self) -> int:
        return round(100 * self.yes / self.total) if self.total else 0


def feedback_counts() -> list[EntryFeedback]:
    """Every entry that has answers, the least helpful first; among equals, the most answered first."""
    entries = (
        Entry.objects.prefetch_related("texts")
        .annotate(
            yes=Count("feedback", filter=Q(feedback__helpful=True)),
            no=Count("feedback", filter=Q(feedback__helpful=False)),
        )
        .filter(Q(yes__gt=0) | Q(no__gt=0))
    )
    rows = [EntryFeedback(entry, entry.yes, entry.no) for entry in entries]
    return sorted(rows, key=lambda row: (row.yes / row.total, -row.total, row.entry.key))


def suggestions(*, status: str = ""):
    found = Suggestion.objects.select_related("area", "moderated_by", "entry").prefetch_related(
        "area__texts", "entry__texts"
    )
    if status:
        found = found.filter(status=status)
    return found.order_by("-month", "-pk")


def published_entry(key: str) -> Entry:
    return Entry.objects.published().get(key=key)
