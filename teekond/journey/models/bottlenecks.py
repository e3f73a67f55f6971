"""Bottlenecks seen in the journey's stages, and the evidence for them."""


from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from teekond.core.translation import Translatable, TranslatedText
from teekond.journey.models.map import SOURCE_HELP, Perspective, Stage


class BottleneckStatus(models.TextChoices):
    OPEN = "open", _("open")
    BEING_SOLVED = "being-solved", _("being solved")
    SOLVED = "solved", _("solved")
    NO_LONGER_RELEVANT = "no-longer-relevant", _("no longer relevant")


OPEN_STATUSES = (BottleneckStatus.OPEN, BottleneckStatus.BEING_SOLVED)


class BottleneckQuerySet(models.QuerySet):
    def current(self):
        """Not merged away into another bottleneck."""
        return self.filter(merged_into__isnull=True)


def new_key() -> str:
    import uuid

    return uuid.uuid4().hex[:12]


class Bottleneck(Translatable):
    key = models.SlugField(
        _("key"), max_length=80, unique=True, default=new_key, help_text=_("Stable name for exports.")
    )
    stage = models.ForeignKey(Stage, verbose_name=_("stage"), on_delete=models.PROTECT, related_name="bottlenecks")
    perspective = models.ForeignKey(
        Perspective, verbose_name=_("perspective"), on_delete=models.PROTECT, related_name="bottlenecks"
    )
    status = models.CharField(
        _("status"), max_length=24, choices=BottleneckStatus.choices, default=BottleneckStatus.OPEN
    )
    municipalities = models.ManyToManyField(
        "network.Municipality", verbose_name=_("affected municipalities"), related_name="bottlenecks", blank=True
    )
    origin = models.ForeignKey(
        "network.Event",
        verbose_name=_("raised at"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="bottlenecks",
    )
    owner_municipality = models.ForeignKey(
        "network.Municipality",
        verbose_name=_("recorded by municipality"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="recorded_bottlenecks",
        help_text=_("The municipality whose editors may change this record."),
    )
    merged_into = models.ForeignKey(
        "self", verbose_name=_("merged into"), on_delete=models.PROTECT, null=True, blank=True, related_name="merged"
    )
    source = models.CharField(_("source"), max_length=500, blank=True, help_text=SOURCE_HELP)
    is_sample = models.BooleanField(
        _("sample content"), default=False, help_text=_("Starter content for coordinators to confirm or replace.")
    )
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    objects = BottleneckQuerySet.as_manager()

    class Meta:
        ordering = ["stage__order", "perspective__order", "pk"]
        verbose_name = _("bottleneck")
        verbose_name_plural = _("bottlenecks")
        constraints = [
            models.CheckConstraint(condition=~Q(merged_into=models.F("pk")), name="bottleneck_not_merged_into_itself"),
        ]

    def __str__(self):
        return self.text().title or f"#{self.pk}"

    def get_absolute_url(self):
        return reverse("journey:bottleneck", kwargs={"pk": self.pk})

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


class BottleneckText(TranslatedText):
    bottleneck = models.ForeignKey(Bottleneck, on_delete=models.CASCADE, related_name="texts")
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    history = HistoricalRecords()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["bottleneck", "language"], name="one_bottleneck_text_per_language")
        ]


class Evidence(models.Model):
    """One observation behind a bottleneck. Who saw it may name people: that stays internal."""

    bottleneck = models.ForeignKey(Bottleneck, on_delete=models.CASCADE, related_name="evidence")
    what = models.TextField(_("what was seen"))
    where = models.CharField(_("where"), max_length=200, blank=True)
    reported_by = models.CharField(_("by whom or which source"), max_length=300, blank=True)
    observed_on = models.DateField(_("when"), null=True, blank=True)
    municipality = models.ForeignKey(
        "network.Municipality",
        verbose_name=_("municipality"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="evidence",
    )
    is_internal = models.BooleanField(
        _("internal"), default=False, help_text=_("Names people or cases: shown only to signed-in network roles.")
    )
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES, default="et")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["observed_on", "pk"]
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")

    def __str__(self):
        return self.what[:80]
