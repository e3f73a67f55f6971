"""Compiled editions of the journey map as a whole."""


from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from teekond.core.translation import Translatable, TranslatedText
from teekond.journey.models.map import SOURCE_HELP


class MapEdition(Translatable):
    """A compiled version of the journey map as a whole: the year it was completed, who led the work, the source.

    The annual report states it as a fact (the 2025 map was completed under ELVL's lead), so it is a record
    with its source rather than a sentence in the report's code.
    """

    year = models.PositiveSmallIntegerField(_("year completed"), unique=True)
    led_by = models.ForeignKey(
        "network.Organisation",
        verbose_name=_("led by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    source = models.CharField(_("source"), max_length=500, blank=True, help_text=SOURCE_HELP)
    history = HistoricalRecords()

    class Meta:
        ordering = ["year"]
        verbose_name = _("edition of the map")
        verbose_name_plural = _("editions of the map")

    def __str__(self):
        return self.text().title or str(self.year)


class MapEditionText(TranslatedText):
    edition = models.ForeignKey(MapEdition, on_delete=models.CASCADE, related_name="texts")
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["edition", "language"], name="one_edition_text_per_language")]
