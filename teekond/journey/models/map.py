"""The journey map's frame: perspectives, stages and the steps of each stage."""

import datetime as dt

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from teekond.core.translation import Translatable, TranslatedText

SOURCE_HELP = _("The address (or the document) where this fact can be checked.")


class Situation(models.TextChoices):
    """The newcomer's situation: it decides which stages and steps apply (also in the guide's address)."""

    EU = "eu", _("EU citizen")
    THIRD_COUNTRY = "third-country", _("third-country national with a residence permit")
    TEMPORARY_PROTECTION = "temporary-protection", _("temporary protection")
    RETURNEE = "returnee", _("returnee")


class Timing(models.TextChoices):
    """When in a newcomer's first months a stage's steps usually come; a dated deadline decides instead."""

    NOW = "now", _("now")
    FIRST_MONTH = "first-month", _("within a month")
    LATER = "later", _("later")
    WHEN_NEEDED = "when-needed", _("when needed")


class Perspective(Translatable):
    """Whose view a row of the map shows: data, not code, so a fourth (e.g. employer) can be added."""

    slug = models.SlugField(_("address name"), unique=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    history = HistoricalRecords()

    class Meta:
        ordering = ["order", "slug"]
        verbose_name = _("perspective")
        verbose_name_plural = _("perspectives")

    def __str__(self):
        return self.text().name or self.slug


class PerspectiveText(TranslatedText):
    perspective = models.ForeignKey(Perspective, on_delete=models.CASCADE, related_name="texts")
    name = models.CharField(_("name"), max_length=100)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["perspective", "language"], name="one_perspective_text_per_language")
        ]


class Stage(Translatable):
    slug = models.SlugField(_("address name"), unique=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    perspectives = models.ManyToManyField(Perspective, verbose_name=_("perspectives"), related_name="stages")
    situations = models.JSONField(_("situations"), default=list, help_text=_("Which newcomer situations it concerns."))
    timing = models.CharField(
        _("usual timing"),
        max_length=16,
        choices=Timing.choices,
        default=Timing.LATER,
        help_text=_("When its steps usually come in a newcomer's plan, unless a step has a dated deadline."),
    )
    history = HistoricalRecords(excluded_fields=["situations"])

    class Meta:
        ordering = ["order", "slug"]
        verbose_name = _("stage")
        verbose_name_plural = _("stages")

    def __str__(self):
        return self.text().title or self.slug

    def get_absolute_url(self):
        return reverse("journey:stage", kwargs={"slug": self.slug})


class StageText(TranslatedText):
    stage = models.ForeignKey(Stage, on_delete=models.CASCADE, related_name="texts")
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["stage", "language"], name="one_stage_text_per_language")]


class Actor(models.TextChoices):
    PERSON = "person", _("the newcomer")
    MUNICIPALITY = "municipality", _("the municipality")


class DeadlineAnchor(models.TextChoices):
    ARRIVAL = "arrival", _("arrival or moving")
    REGISTRATION = "registration", _("residence registration")
    EXPIRY = "expiry", _("expiry of the permit or protection")


class DeadlineUnit(models.TextChoices):
    DAYS = "days", _("days")
    MONTHS = "months", _("months")


class Step(Translatable):
    """What someone does in a stage, by when, and where the fact comes from."""

    key = models.SlugField(_("key"), max_length=80, unique=True)
    stage = models.ForeignKey(Stage, verbose_name=_("stage"), on_delete=models.PROTECT, related_name="steps")
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    actor = models.CharField(_("who acts"), max_length=16, choices=Actor.choices, default=Actor.PERSON)
    institution = models.ForeignKey(
        "network.Organisation",
        verbose_name=_("responsible institution"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        help_text=_("Empty when it is the person's own municipality."),
    )
    deadline_amount = models.PositiveSmallIntegerField(_("deadline amount"), null=True, blank=True)
    deadline_unit = models.CharField(_("deadline unit"), max_length=8, choices=DeadlineUnit.choices, blank=True)
    deadline_from = models.CharField(
        _("deadline counted from"), max_length=16, choices=DeadlineAnchor.choices, blank=True
    )
    situations = models.JSONField(_("situations"), default=list)
    children_only = models.BooleanField(_("only with children"), default=False)
    source = models.CharField(_("source"), max_length=500, blank=True, help_text=SOURCE_HELP)
    source_municipality = models.ForeignKey(
        "network.Municipality",
        verbose_name=_("source is the page of"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_(
            "When the source is one municipality's own page (an example of how it works there): the guide "
            "then cites it only in that municipality's plans. Empty for a national source."
        ),
    )
    checked = models.DateField(
        _("last checked by a person"),
        null=True,
        blank=True,
        help_text=_("Set when a coordinator confirms the step as still valid; empty until a person has checked it."),
    )
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("checked by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    history = HistoricalRecords(excluded_fields=["situations"])

    class Meta:
        ordering = ["stage__order", "order", "pk"]
        verbose_name = _("step")
        verbose_name_plural = _("steps")

    def __str__(self):
        return self.text().title or self.key

    def source_for(self, municipality) -> str:
        """The source as a plan for `municipality` cites it: another municipality's page is never cited."""
        if self.source_municipality_id and self.source_municipality_id != municipality.pk:
            return ""
        return self.source

    def deadline_for(self, anchor_date: dt.date | None) -> dt.date | None:
        """The date the step is due, when its deadline counts from arrival and the arrival is known."""
        from teekond.core.dates import add_months

        if anchor_date is None or self.deadline_amount is None or self.deadline_from != DeadlineAnchor.ARRIVAL:
            return None
        if self.deadline_unit == DeadlineUnit.MONTHS:
            return add_months(anchor_date, self.deadline_amount)
        return anchor_date + dt.timedelta(days=self.deadline_amount)


class StepText(TranslatedText):
    step = models.ForeignKey(Step, on_delete=models.CASCADE, related_name="texts")
    title = models.CharField(_("title"), max_length=200)
    what = models.TextField(_("what to do"), blank=True)
    deadline = models.CharField(_("deadline in words"), max_length=200, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["step", "language"], name="one_step_text_per_language")]
