"""What readers tell the spikker: "Was this helpful?" answers and suggestions of missing rules (the writes;
the reads are in spikker.selectors.feedback).

Both come from the public without signing in, so nothing about the sender is kept. Abuse is held back
by a rate limit per client (core.ratelimit) that never stores the address. A suggestion is never
published by itself: a coordinator reads it and accepts or declines it, and that decision is recorded
in its history.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from teekond.core.history import stamp
from teekond.core.permissions import require
from teekond.core.privacy import mask_personal_data, sent_in_month
from teekond.core.ratelimit import take_slot
from teekond.spikker.models import Entry, EntryStatus, Feedback, LifeArea, Suggestion, SuggestionStatus
from teekond.spikker.selectors.feedback import ANSWERED_SESSION_KEY, answered_entries

FEEDBACK_PER_HOUR = 30
SUGGESTIONS_PER_HOUR = 5
MODERATION_OUTCOMES = (SuggestionStatus.ACCEPTED, SuggestionStatus.DECLINED)


@transaction.atomic
def feedback_give(*, entry: Entry, helpful: bool, language: str, client_address: str) -> Feedback:
    if entry.status != EntryStatus.PUBLISHED:
        raise ValidationError(_("Only a published entry can be rated."))
    take_slot("spikker:feedback", client_address, FEEDBACK_PER_HOUR)
    return Feedback.objects.create(entry=entry, helpful=helpful, language=language)


@transaction.atomic
def suggestion_send(
    *, situation: str, question: str = "", area: LifeArea | None = None, language: str, client_address: str
) -> Suggestion:
    take_slot("spikker:suggestion", client_address, SUGGESTIONS_PER_HOUR)
    month = timezone.localdate().replace(day=1)
    suggestion = Suggestion(
        situation=_masked(situation, language, "situation"),
        question=_masked(question, language, "question"),
        area=area,
        language=language,
        month=month,
    )
    # Set explicitly so the history does not record a signed-in sender: suggestions are anonymous for everyone.
    suggestion._history_user = None
    sent_in_month(suggestion, month)
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


def _masked(text: str, language: str, field: str) -> str:
    """Stored masked (core.privacy), in the words of the text's language, within the field's length."""
    with translation.override(language):
        masked = mask_personal_data((text or "").strip())
    return masked[: Suggestion._meta.get_field(field).max_length]


def remember_answer(session, entry: Entry) -> None:
    session[ANSWERED_SESSION_KEY] = sorted(answered_entries(session) | {entry.key})
