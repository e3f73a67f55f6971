"""The daily digest: one message a day at most to each follower, listing every change to what they
follow since the last one, in their language, with a one-click unsubscribe."""

import datetime as dt
from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from teekond.core.mail import mail_queue
from teekond.following.models import Change, Digest, Follower
from teekond.following.services import target_title, unsubscribe_headers, unsubscribe_url
from teekond.journey.selectors import AnswerKind, ProposalState


@dataclass
class Told:
    """One change as a follower reads it."""

    when: dt.date
    title: str
    what: str
    url: str


def digests_send(*, now: dt.datetime) -> int:
    """Queue today's digest for every follower with news; a second run the same day sends nothing."""
    followers = Follower.objects.filter(follows__confirmed_at__isnull=False).distinct()
    return sum(1 for follower in followers.prefetch_related("follows") if digest_send(follower=follower, now=now))


def changes_for(follower: Follower, now: dt.datetime):
    """Changes to what the follower confirmed following, since they were last told and before `now`."""
    follows = [f for f in follower.follows.all() if f.confirmed_at]
    if not follows:
        return Change.objects.none()
    matches = reduce(
        or_, (Q(subjects__kind=f.kind, subjects__key=f.key, happened_at__gte=f.confirmed_at) for f in follows)
    )
    changes = Change.objects.filter(matches, happened_at__lte=now)
    if follower.told_until:
        changes = changes.filter(happened_at__gt=follower.told_until)
    return (
        changes.distinct()
        .select_related("proposal", "bottleneck")
        .prefetch_related("proposal__texts", "bottleneck__texts")
    )


def digest_send(*, follower: Follower, now: dt.datetime) -> bool:
    changes = list(changes_for(follower, now))
    if not changes:
        return False
    try:
        with transaction.atomic():
            Digest.objects.create(follower=follower, day=timezone.localdate(now), changes=len(changes))
            follower.told_until = now
            follower.save(update_fields=["told_until"])
            _queue_digest(follower, changes)
    except IntegrityError:
        return False  # today's digest has gone already; these changes wait for tomorrow's
    return True


def _queue_digest(follower: Follower, changes: list[Change]) -> None:
    with translation.override(follower.language):
        told = [told_of(change) for change in changes]
        subject = ngettext(
            "Teekond: %(count)s change to what you follow", "Teekond: %(count)s changes to what you follow", len(told)
        ) % {"count": len(told)}
        context = {"told": told, "unsubscribe_url": unsubscribe_url(follower), "site_url": settings.SITE_URL}
        text = render_to_string("following/mail/digest.txt", context)
    mail_queue(to=follower.email, subject=subject, text=text, headers=unsubscribe_headers(follower))


def told_of(change: Change) -> Told:
    """A change in words, in the active language."""
    record = change.proposal or change.bottleneck
    title = target_title(record)
    if change.proposal is not None:
        title = f"{change.proposal.code} {title}"
    return Told(when=change.on, title=title, what=_what(change), url=settings.SITE_URL + record.get_absolute_url())


def _what(change: Change) -> str:
    details = change.details or {}
    if change.kind == "answer":
        answer = AnswerKind(details["answer"]).label if details.get("answer") in AnswerKind.values else ""
        return _("The body answered: %(answer)s.") % {"answer": answer}
    if change.kind == "extension":
        return _("The body extended its time to answer until %(date)s. Its reason: %(reason)s") % {
            "date": dt.date.fromisoformat(details["answer_due"]).strftime("%d.%m.%Y"),
            "reason": details.get("reason", ""),
        }
    if change.kind == "evidence":
        return _("New evidence was recorded.")
    if change.kind == "merge" and change.bottleneck_id:
        return _("Another bottleneck was merged into this one.")
    if change.kind == "merge":
        return _("Merged into another proposal.")
    state = details.get("state")
    label = ProposalState(state).label if state in ProposalState.values else state
    return _("Now: %(state)s.") % {"state": label}
