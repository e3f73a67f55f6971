"""Reminders of answers due from the bodies a proposal was sent to (journey.ledger)."""


from django.db import models
from django.utils.translation import gettext_lazy as _

from teekond.journey.models.proposals import Proposal


class ReminderKind(models.TextChoices):
    WEEK_BEFORE = "week-before", _("a week before the answer is due")
    DUE_DAY = "due-day", _("on the day the answer is due")


class DueReminder(models.Model):
    """A reminder sent to the coordinators about an answer coming due: one per kind and due date, so a
    second run on the same day sends nothing."""

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="reminders")
    kind = models.CharField(_("kind"), max_length=16, choices=ReminderKind.choices)
    due = models.DateField(_("answer due by"))
    sent_on = models.DateField(_("sent on"))

    class Meta:
        ordering = ["sent_on", "pk"]
        verbose_name = _("due-date reminder")
        verbose_name_plural = _("due-date reminders")
        constraints = [
            models.UniqueConstraint(fields=["proposal", "kind", "due"], name="one_reminder_per_kind_and_due_date"),
            models.UniqueConstraint(fields=["proposal", "sent_on"], name="one_reminder_per_proposal_and_day"),
        ]

    def __str__(self):
        return f"{self.proposal_id}: {self.kind} ({self.due})"
