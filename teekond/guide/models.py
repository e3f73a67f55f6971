"""The newcomer guide: local services kept by municipalities, and "I got stuck here" reports.

Nothing about the newcomer is stored: their municipality, situation and arrival date live in the
address of their plan, and ticks in their own browser. A stuck report keeps only where (municipality,
step, situation), when (the month) and, if they chose to write one, a short text.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from teekond.core.translation import Translatable, TranslatedText
from teekond.journey.models import Situation


class LocalService(Translatable):
    """Where, in one municipality, a newcomer goes for one step of the journey."""

    municipality = models.ForeignKey(
        "network.Municipality", verbose_name=_("municipality"), on_delete=models.CASCADE, related_name="local_services"
    )
    step = models.ForeignKey(
        "journey.Step", verbose_name=_("step"), on_delete=models.CASCADE, related_name="local_services"
    )
    office_name = models.CharField(_("office"), max_length=200)
    address = models.CharField(_("address"), max_length=200, blank=True)
    opening_hours = models.CharField(_("opening hours"), max_length=200, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), max_length=500, blank=True)
    languages = models.JSONField(_("languages served"), default=list, blank=True)
    source = models.URLField(_("source"), max_length=500, blank=True)
    checked = models.DateField(_("last checked"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["municipality__name", "step__stage__order", "step__order"]
        constraints = [models.UniqueConstraint(fields=["municipality", "step"], name="one_local_service_per_step")]
        verbose_name = _("local service")
        verbose_name_plural = _("local services")

    def __str__(self):
        return f"{self.office_name} ({self.municipality})"


class LocalServiceText(TranslatedText):
    """Notes on a local service in one language (what to bring, how to book)."""

    service = models.ForeignKey(LocalService, on_delete=models.CASCADE, related_name="texts")
    notes = models.TextField(_("notes"))

    class Meta:
        constraints = [models.UniqueConstraint(fields=["service", "language"], name="one_service_text_per_language")]


class StuckStatus(models.TextChoices):
    NEW = "new", _("new")
    ATTACHED = "attached", _("added to a bottleneck")
    OPENED = "opened", _("a new bottleneck was opened")
    DISMISSED = "dismissed", _("dismissed")


class StuckReport(models.Model):
    """A newcomer's "I got stuck here" on one step of their plan; seen by coordinators only."""

    municipality = models.ForeignKey(
        "network.Municipality", verbose_name=_("municipality"), on_delete=models.PROTECT, related_name="+"
    )
    step = models.ForeignKey(
        "journey.Step", verbose_name=_("step"), on_delete=models.PROTECT, related_name="stuck_reports"
    )
    situation = models.CharField(_("situation"), max_length=24, choices=Situation.choices)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    text = models.TextField(_("what happened"), max_length=500, blank=True)
    # The month only, in the record and in its history (core.privacy.sent_in_month): never the moment.
    month = models.DateField(_("month"), help_text=_("The first day of the month it was sent in."))
    status = models.CharField(_("status"), max_length=16, choices=StuckStatus.choices, default=StuckStatus.NEW)
    bottleneck = models.ForeignKey(
        "journey.Bottleneck",
        verbose_name=_("bottleneck"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="stuck_reports",
    )
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    handled_at = models.DateTimeField(_("handled"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-month", "-pk"]
        indexes = [models.Index(fields=["status", "month"], name="stuck_report_status_month")]
        verbose_name = _("stuck report")
        verbose_name_plural = _("stuck reports")

    def __str__(self):
        return f"{self.step} · {self.municipality} · {self.month:%Y-%m}"
