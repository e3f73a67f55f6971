"""Writes of the ledger of answers: a body's extension of its time to answer, a coordinator's correction
of the dates, and the reminders before an answer comes due. Each is one transaction and checks the rules."""

import datetime as dt

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from teekond.core.dates import format_date
from teekond.core.history import stamp
from teekond.core.mail import mail_queue
from teekond.core.permissions import require
from teekond.core.roles import Role
from teekond.journey import ledger
from teekond.journey.models import DueReminder, Proposal, ProposalState
from teekond.journey.signals import proposal_changed


def _sent_proposal(proposal: Proposal) -> Proposal:
    proposal = Proposal.objects.select_for_update().get(pk=proposal.pk)
    if proposal.state != ProposalState.SENT or proposal.sent_on is None:
        raise ValidationError(_("Only a proposal waiting for the body's answer has a due date to change."))
    return proposal


@transaction.atomic
def proposal_due_extend(*, user, proposal: Proposal, announced_on: dt.date, new_due: dt.date, reason: str) -> Proposal:
    """The body said it needs longer (MSVS § 6): at most two months from registration, with its reason."""
    require(user, "journey.change_proposal_state", proposal)
    proposal = _sent_proposal(proposal)
    if not reason.strip():
        raise ValidationError(_("Record the reason the body gave for needing more time."))
    if not proposal.sent_on <= announced_on <= timezone.localdate():
        raise ValidationError(_("The extension was announced between sending and today."))
    longest = ledger.longest_due(sent_on=proposal.sent_on, registered_on=proposal.registered_on)
    if not proposal.answer_due < new_due <= longest:
        raise ValidationError(
            _("An extension moves the due date later, to %(longest)s at the latest (two months from registration).")
            % {"longest": format_date(longest)}
        )
    proposal.answer_due, proposal.extension_announced_on = new_due, announced_on
    proposal.extension_reason = reason.strip()
    stamp(proposal, user=user, reason=reason)
    proposal.save(update_fields=["answer_due", "extension_announced_on", "extension_reason"])
    proposal_changed.send(Proposal, proposal=proposal, kind="extension", on=announced_on, transition=None)
    return proposal


@transaction.atomic
def proposal_due_set(
    *, user, proposal: Proposal, registered_on: dt.date | None, answer_due: dt.date | None, reason: str = ""
) -> Proposal:
    """A coordinator's correction: the day the body registered the letter, and the due date itself
    (left empty, it is counted again from the registration)."""
    require(user, "journey.change_proposal_state", proposal)
    proposal = _sent_proposal(proposal)
    if registered_on and not proposal.sent_on <= registered_on <= timezone.localdate():
        raise ValidationError(_("The body cannot register the letter before it was sent, nor in the future."))
    due = answer_due or ledger.default_due(sent_on=proposal.sent_on, registered_on=registered_on)
    if due < proposal.sent_on:
        raise ValidationError(_("The answer cannot be due before the proposal was sent."))
    proposal.registered_on, proposal.answer_due = registered_on, due
    stamp(proposal, user=user, reason=reason or _("Due date corrected"))
    proposal.save(update_fields=["registered_on", "answer_due"])
    return proposal


def reminders_send(*, today: dt.date) -> int:
    """Tell the coordinators about answers due in a week and due today. Run it as often as you like:
    a reminder is recorded before it is queued, and a second one for the same proposal, due date and
    kind, or the same day, is refused by the database."""
    waiting = Proposal.objects.filter(state=ProposalState.SENT, answer_due__isnull=False)
    waiting = waiting.select_related("responsible_body").prefetch_related("texts")
    sent = 0
    for proposal in waiting:
        kind = ledger.reminder_due_today(proposal.answer_due, today)
        if kind and _remind(proposal, kind, today):
            sent += 1
    return sent


def _remind(proposal: Proposal, kind: str, today: dt.date) -> bool:
    try:
        with transaction.atomic():
            DueReminder.objects.create(proposal=proposal, kind=kind, due=proposal.answer_due, sent_on=today)
            for coordinator in _coordinators():
                _queue_reminder(coordinator, proposal, kind)
    except IntegrityError:
        return False  # already reminded: this kind for this due date, or something else today
    return True


def _coordinators():
    users = get_user_model().objects.filter(role=Role.COORDINATOR, is_active=True).exclude(email="")
    return users.order_by("pk")


def _queue_reminder(coordinator, proposal: Proposal, kind: str) -> None:
    # Coordinators' mail is in Estonian, the language of administration (accounts have no language).
    with translation.override(settings.SOURCE_LANGUAGE):
        context = {
            "proposal": proposal,
            "kind": kind,
            "due": format_date(proposal.answer_due),
            "url": settings.SITE_URL + proposal.get_absolute_url(),
        }
        subject = _("Answer due %(date)s: %(code)s") % {"date": context["due"], "code": proposal.code}
        mail_queue(to=coordinator.email, subject=subject, text=render_to_string("journey/mail/reminder.txt", context))
