"""Rounds of prioritisation and the supports spent in them."""


from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from teekond.journey.models.bottlenecks import Bottleneck
from teekond.journey.models.proposals import Proposal


class Round(models.Model):
    """A round of prioritisation: a network meeting or workshop where members spend a support budget."""

    event = models.OneToOneField(
        "network.Event", verbose_name=_("event"), on_delete=models.PROTECT, related_name="round"
    )
    budget = models.PositiveSmallIntegerField(_("supports per person"), default=5)
    is_open = models.BooleanField(_("open for support"), default=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["event__start_date", "pk"]
        verbose_name = _("prioritisation round")
        verbose_name_plural = _("prioritisation rounds")

    def __str__(self):
        return str(self.event)


class Support(models.Model):
    """One person's support in one round, for a bottleneck or a proposal."""

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="supports")
    supporter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, blank=True)
    bottleneck = models.ForeignKey(Bottleneck, on_delete=models.CASCADE, null=True, blank=True, related_name="supports")
    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, null=True, blank=True, related_name="supports")
    weight = models.PositiveSmallIntegerField(_("votes"), default=1)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("support")
        verbose_name_plural = _("supports")
        constraints = [
            models.CheckConstraint(
                condition=Q(bottleneck__isnull=False, proposal__isnull=True)
                | Q(bottleneck__isnull=True, proposal__isnull=False),
                name="support_has_one_target",
            ),
            models.UniqueConstraint(
                fields=["round", "supporter", "bottleneck"],
                condition=Q(bottleneck__isnull=False),
                name="one_support_per_bottleneck_and_round",
            ),
            models.UniqueConstraint(
                fields=["round", "supporter", "proposal"],
                condition=Q(proposal__isnull=False),
                name="one_support_per_proposal_and_round",
            ),
        ]

    def __str__(self):
        return f"{self.round}: {self.bottleneck_id or self.proposal_id} × {self.weight}"
