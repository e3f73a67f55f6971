"""What readers tell the spikker: "Was this helpful?" answers and suggestions of missing rules.

Both come from the public without signing in, so nothing about the sender is kept. Abuse is held back
by a rate limit per client that lives only in the cache, under a keyed hash of the address that expires
with its window; the address itself is never stored. A suggestion is never published by itself: a
coordinator reads it and accepts or declines it, and that decision is recorded in its history.
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

from teekond.core.history import stamp
from teekond.core.permissions import require
from teekond.spikker.models import Entry, EntryStatus, Feedback, LifeArea, Suggestion, SuggestionStatus

FEEDBACK_PER_HOUR = 30
SUGGESTIONS_PER_HOUR = 5
RATE_WINDOW_SECONDS = 60 * 60
ANSWERED_SESSION_KEY = "spikker_answered"
MODERATION_OUTCOMES = (SuggestionStatus.ACCEPTED, SuggestionStatus.DECLINED)


class RateLimited(Exception):
    """The client has sent more than its share within the window; it may try again later."""


# Rate limiting


def _client_fingerprint(client_address: str) -> str:
    # Keyed with SECRET_KEY: a cache dump cannot be turned back into addresses by hashing all of them.
    return salted_hmac("teekond.spikker.rate-limit", client_address or "unknown").hexdigest()


def _take_rate_slot(*, action: str, client_address: str, limit: int) -> None:
    key = f"spikker:{action}:{_client_fingerprint(client_address)}"
    cache.add(key, 0, timeout=RATE_WINDOW_SECONDS)
    try:
        sent = cache.incr(key)
    except ValueError:  # the window ran out between add() and incr()
        cache.set(key, 1, timeout=RATE_WINDOW_SECONDS)
        sent = 1
    if sent > limit:
        raise RateLimited


# Services


@transaction.atomic
def feedback_give(*, entry: Entry, helpful: bool, language: str, client_address: str) -> Feedback:
    if entry.status != EntryStatus.PUBLISHED:
        raise ValidationError(_("Only a published entry can be rated."))
    _take_rate_slot(action="feedback", client_address=client_address, limit=FEEDBACK_PER_HOUR)
    return Feedback.objects.create(entry=entry, helpful=helpful, language=language)


@transaction.atomic
def suggestion_send(
    *, situation: str, question: str = "", area: LifeArea | None = None, language: str, client_address: str
) -> Suggestion:
    _take_rate_slot(action="suggestion", client_address=client_address, limit=SUGGESTIONS_PER_HOUR)
    suggestion = Suggestion(situation=situation.strip(), question=question.strip(), area=area, language=language)
    # Set explicitly so the history does not record a signed-in sender: suggestions are anonymous for everyone.
    suggestion._history_user = None
    suggestion.full_clean(exclude=["entry"])
    suggestion.save()
    return suggestion


@transaction.atomic
def suggestion_moderate(*, user, suggestion: Suggestion, status: str, reason: str = "") -> Suggestion:
    """Accept or decline a suggestion, recording who, when and why; a moderator may change their mind."""
    suggestion = Suggestion.objects.select_for_update().get(pk=suggestion.pk)
    require(user, "spikker.change_suggestion", suggestion)
    if status not in MODERATION_OUTCOMES:
        raise ValidationError(_("A suggestion can only be accepted or declined."))
    if status == suggestion.status:
        raise ValidationError(_("The suggestion is already %(status)s.") % {"status": SuggestionStatus(status).label})
    suggestion.status = status
    suggestion.moderated_by = user
    suggestion.moderated_at = timezone.now()
    stamp(suggestion, user=user, reason=reason.strip() or str(SuggestionStatus(status).label))
    suggestion.save()
    return suggestion


# What a browser session has already answered, so the entry page thanks instead of asking again.


def answered_entries(session) -> set[str]:
    return set(session.get(ANSWERED_SESSION_KEY, []))


def remember_answer(session, entry: Entry) -> None:
    session[ANSWERED_SESSION_KEY] = sorted(answered_entries(session) | {entry.key})


# Selectors


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
    return found.order_by("-created_at", "-pk")


def published_entry(key: str) -> Entry:
    return Entry.objects.published().get(key=key)
