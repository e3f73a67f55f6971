"""Writes of following: asking to follow (double opt-in), confirming, unsubscribing (which deletes the
address), recording the journey's changes, and the daily purge of addresses never confirmed."""

import datetime as dt

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from teekond.core.mail import mail_queue
from teekond.core.ratelimit import take_slot
from teekond.following.models import Change, ChangeSubject, Follow, Follower
from teekond.journey import selectors as journey_selectors

REQUESTS_PER_CLIENT_AND_HOUR = 10
REQUESTS_PER_ADDRESS_AND_DAY = 5
UNCONFIRMED_KEPT = dt.timedelta(hours=48)


@transaction.atomic
def follow_request(*, email: str, kind: str, key: str, language: str, client_address: str) -> Follow:
    """Ask to follow a record; a message with a confirmation link goes to the address.

    Rate-limited per client and per address, so the form cannot be used to flood someone's inbox.
    Raises RateLimited when over the limit and ValidationError for a record nobody may follow.
    """
    take_slot("following:request", client_address, REQUESTS_PER_CLIENT_AND_HOUR)
    email = email.strip().lower()
    take_slot("following:address", email, REQUESTS_PER_ADDRESS_AND_DAY, window_seconds=24 * 60 * 60)
    target = journey_selectors.public_target(kind, key)
    if target is None:
        raise ValidationError(_("There is no public record to follow at this address."))
    follower, _created = Follower.objects.get_or_create(email=email, defaults={"language": language})
    follower.language = language  # the language of the latest request is the one they read
    follower.save(update_fields=["language"])
    follow, _created = Follow.objects.get_or_create(follower=follower, kind=kind, key=key)
    if follow.confirmed_at is None:
        _queue_confirmation(follow, target)
    return follow


def _queue_confirmation(follow: Follow, target) -> None:
    language = follow.follower.language
    with translation.override(language):
        context = {
            "target": target,
            "title": target_title(target),
            "kind": follow.get_kind_display(),
            "confirm_url": settings.SITE_URL + _url("following:confirm", follow.token, language),
            "hours": int(UNCONFIRMED_KEPT.total_seconds() // 3600),
        }
        context["unsubscribe_url"] = unsubscribe_url(follow.follower)
        subject = _("Please confirm: follow “%(title)s” on Teekond") % {"title": target_title(target)}
        mail_queue(
            to=follow.follower.email,
            subject=subject,
            text=render_to_string("following/mail/confirm.txt", context),
            headers=unsubscribe_headers(follow.follower),
        )


def unsubscribe_url(follower: Follower) -> str:
    return settings.SITE_URL + _url("following:unsubscribe", follower.token, follower.language)


def unsubscribe_headers(follower: Follower) -> dict:
    """RFC 2369 and RFC 8058: mail programs show an "unsubscribe" button that POSTs to the address."""
    return {
        "List-Unsubscribe": f"<{unsubscribe_url(follower)}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def _url(name: str, token: str, language: str) -> str:
    from django.urls import reverse

    with translation.override(language):
        return reverse(name, kwargs={"token": token})


def target_url(kind: str, target) -> str:
    from django.urls import reverse

    if kind == "body":
        return reverse("journey:body", kwargs={"slug": target.slug})
    return target.get_absolute_url()


def target_title(target) -> str:
    if hasattr(target, "texts"):
        shown = target.text()
        return getattr(shown, "title", "") or str(target)
    return str(target)


@transaction.atomic
def follow_confirm(*, token: str) -> Follow:
    follow = Follow.objects.select_related("follower").get(token=token)
    if follow.confirmed_at is None:
        follow.confirmed_at = timezone.now()
        follow.save(update_fields=["confirmed_at"])
        follower = follow.follower
        if follower.told_until is None:
            follower.told_until = follow.confirmed_at
            follower.save(update_fields=["told_until"])
    return follow


@transaction.atomic
def follower_unsubscribe(*, token: str) -> bool:
    """Stop every message to the address and delete it, with all it followed. True if there was one."""
    deleted, _by_model = Follower.objects.filter(token=token).delete()
    return deleted > 0


@transaction.atomic
def followers_purge(*, now: dt.datetime) -> int:
    """Delete follows never confirmed within UNCONFIRMED_KEPT, then addresses left with no follow."""
    Follow.objects.filter(confirmed_at__isnull=True, requested_at__lt=now - UNCONFIRMED_KEPT).delete()
    deleted, _by_model = Follower.objects.filter(follows__isnull=True).delete()
    return deleted


def change_record_for_proposal(*, proposal, kind: str, on: dt.date, transition=None) -> Change | None:
    """Record a change of a public proposal for its followers (drafts are nobody's business yet)."""
    if proposal.submitted_on is None:
        return None
    details = {"state": proposal.state}
    if transition is not None:
        details.update(from_state=transition.from_state, reason=transition.reason)
    if kind == "answer":
        details["answer"] = proposal.answer_kind
    if kind == "extension":
        details.update(answer_due=proposal.answer_due.isoformat(), reason=proposal.extension_reason)
    change = Change.objects.create(kind=kind, on=on, happened_at=timezone.now(), proposal=proposal, details=details)
    _subjects(change, journey_selectors.proposal_subjects(proposal))
    return change


def change_record_for_bottleneck(*, bottleneck, kind: str, merged=None) -> Change:
    details = {"merged": merged.key} if merged is not None else {}
    now = timezone.now()
    change = Change.objects.create(
        kind=kind, on=timezone.localdate(now), happened_at=now, bottleneck=bottleneck, details=details
    )
    _subjects(change, journey_selectors.bottleneck_subjects(bottleneck, *([merged] if merged else [])))
    return change


def _subjects(change: Change, subjects: list[tuple[str, str]]) -> None:
    ChangeSubject.objects.bulk_create([ChangeSubject(change=change, kind=kind, key=key) for kind, key in subjects])
