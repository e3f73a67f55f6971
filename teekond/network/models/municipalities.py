"""Municipalities and their partner agreements with the network (and the helps and names every part uses)."""

import datetime as dt

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from teekond.core.dates import Precision, format_date, precise_bounds

SOURCE_HELP = _("The address (or the document) where this fact can be checked.")
NAMES_HELP = _("The same in other languages, by language code (en, ru, uk), for documents in those languages.")


def in_language(value: str, translations: dict, language: str) -> str:
    """An Estonian name or position as a reader of `language` should see it: its translation when there is one."""
    return (translations or {}).get(language) or value


class MunicipalityType(models.TextChoices):
    CITY = "linn", _("city (linn)")
    RURAL = "vald", _("rural municipality (vald)")


class Municipality(models.Model):
    name = models.CharField(_("official name"), max_length=100, unique=True)
    slug = models.SlugField(_("address name"), max_length=100, unique=True)
    type = models.CharField(_("type"), max_length=8, choices=MunicipalityType.choices)
    county = models.CharField(_("county"), max_length=60)
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("general e-mail"), blank=True)
    phone = models.CharField(_("general phone"), max_length=40, blank=True)
    address = models.CharField(_("office address"), max_length=200, blank=True)
    contact_checked = models.DateField(_("contact details last checked"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("network:municipality", kwargs={"slug": self.slug})

    def name_in(self, language: str) -> str:
        """The official name for a reader of `language`: in English "Tartu city", "Saaremaa rural municipality"."""
        if language == "en":
            for estonian, english in ((" linn", " city"), (" vald", " rural municipality")):
                if self.name.endswith(estonian):
                    return self.name.removesuffix(estonian) + english
        return self.name


class AgreementStatus(models.TextChoices):
    NEGOTIATING = "negotiating", _("in negotiation")
    ACTIVE = "active", _("in force")
    EXTENDED = "extended", _("extended by a later agreement")
    ENDED = "ended", _("ended")


class PartnerAgreement(models.Model):
    """A partnership agreement between ELVL and a municipality, or an extension of an earlier one.

    The seed and the brief often know only a year or a month, so each date keeps its precision.
    """

    municipality = models.ForeignKey(
        Municipality, verbose_name=_("municipality"), on_delete=models.PROTECT, related_name="agreements"
    )
    extends = models.OneToOneField(
        "self",
        verbose_name=_("extends agreement"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="extension",
    )
    status = models.CharField(_("status"), max_length=16, choices=AgreementStatus.choices)
    concluded = models.DateField(_("concluded"), null=True, blank=True)
    concluded_precision = models.CharField(
        _("precision"), max_length=8, choices=Precision.choices, default=Precision.DAY
    )
    activities_start = models.DateField(_("activities start"), null=True, blank=True)
    activities_start_precision = models.CharField(
        _("precision"), max_length=8, choices=Precision.choices, default=Precision.DAY
    )
    negotiated_in = models.PositiveSmallIntegerField(
        _("negotiated in (year)"),
        null=True,
        blank=True,
        help_text=_("When the source names the year of the negotiations rather than the day of signing."),
    )
    ends = models.DateField(_("ends"), null=True, blank=True)
    ends_precision = models.CharField(_("precision"), max_length=8, choices=Precision.choices, default=Precision.DAY)
    notes = models.TextField(_("notes"), blank=True)
    source = models.CharField(_("source"), max_length=500, blank=True, help_text=SOURCE_HELP)
    source_checked = models.DateField(_("source last checked"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["municipality__name", "activities_start"]
        verbose_name = _("partner agreement")
        verbose_name_plural = _("partner agreements")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends__isnull=True)
                | Q(activities_start__isnull=True)
                | Q(ends__gte=models.F("activities_start")),
                name="agreement_ends_after_start",
                violation_error_message=_("An agreement cannot end before its activities start."),
            ),
        ]

    def __str__(self):
        period = self.period_display or _("dates open")
        return f"{self.municipality} ({period})"

    @property
    def is_extension(self) -> bool:
        return self.extends_id is not None

    @property
    def is_in_force(self) -> bool:
        return self.status == AgreementStatus.ACTIVE

    @property
    def concluded_display(self) -> str:
        return format_date(self.concluded, self.concluded_precision)

    @property
    def activities_start_display(self) -> str:
        return format_date(self.activities_start, self.activities_start_precision)

    @property
    def ends_display(self) -> str:
        return format_date(self.ends, self.ends_precision)

    @property
    def period_display(self) -> str:
        start, end = self.activities_start_display, self.ends_display
        if start and end:
            return f"{start}–{end}"
        return start or (f"–{end}" if end else "")

    @property
    def last_day(self) -> dt.date | None:
        """The latest day the (possibly partial) end date can mean."""
        return precise_bounds(self.ends, self.ends_precision)[1] if self.ends else None
