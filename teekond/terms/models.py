"""The termbase: the network's vocabulary, one concept per thing, with its term in every content language.

A concept's preferred term and note are one row per language (core.translation), so a term that still
follows an older Estonian note shows as outdated like any translation. Variants are the other names a
concept has in a language: admitted ones (a short form) may be used; outdated ones (an old name,
"Haigekassa") and forbidden ones (a calque, a misleading word) may not, and `teekond terms check` finds
them in the UI catalogues, the starter data and the published spikker. Search treats every name of a
concept as the same query.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from teekond.core.translation import Translatable, TranslatedText


class Domain(models.TextChoices):
    PEOPLE = "people", _("People and situations")
    STATUS = "status", _("Documents, status and registration")
    INSTITUTIONS = "institutions", _("Institutions")
    SERVICES = "services", _("Health, family and benefits")
    DAILY_LIFE = "daily-life", _("Everyday life and customs")
    NETWORK = "network", _("The network's work")
    WORDING = "wording", _("Wording in the interface")


class Concept(Translatable):
    key = models.SlugField(_("key"), max_length=80, unique=True)
    domain = models.CharField(_("domain"), max_length=16, choices=Domain.choices)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    source = models.CharField(
        _("source"), max_length=500, blank=True, help_text=_("Where the name can be checked (the body's own site).")
    )
    related = models.ManyToManyField(
        "self",
        verbose_name=_("see also"),
        blank=True,
        help_text=_("Concepts a reader looking for this one also needs: search adds their terms."),
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["domain", "order", "key"]
        verbose_name = _("concept")
        verbose_name_plural = _("concepts")

    def __str__(self):
        return self.text().term or self.key

    def get_absolute_url(self):
        return f"{reverse('terms:glossary')}#{self.key}"


class ConceptText(TranslatedText):
    concept = models.ForeignKey(Concept, on_delete=models.CASCADE, related_name="texts")
    term = models.CharField(_("preferred term"), max_length=200)
    note = models.TextField(_("note"), blank=True)
    history = HistoricalRecords()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["concept", "language"], name="one_concept_text_per_language")]

    def __str__(self):
        return f"{self.term} [{self.language}]"


class VariantStatus(models.TextChoices):
    ADMITTED = "admitted", _("admitted")
    OUTDATED = "outdated", _("outdated")
    FORBIDDEN = "forbidden", _("do not use")


FLAGGED = (VariantStatus.OUTDATED, VariantStatus.FORBIDDEN)


class Variant(models.Model):
    """Another name of a concept in one language, and whether it may be used."""

    concept = models.ForeignKey(Concept, on_delete=models.CASCADE, related_name="variants")
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    text = models.CharField(_("variant"), max_length=200)
    status = models.CharField(_("status"), max_length=16, choices=VariantStatus.choices)
    pattern = models.CharField(
        _("how to find it"),
        max_length=200,
        blank=True,
        help_text=_(
            "Only when the variant itself would find too much: words of the phrase, =word for exactly this "
            "form, word* for a beginning, <inf> for an infinitive, !word first for “not right after this word”."
        ),
    )
    note = models.CharField(_("why"), max_length=300, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["language", "status", "text"]
        verbose_name = _("variant")
        verbose_name_plural = _("variants")
        constraints = [
            models.UniqueConstraint(fields=["concept", "language", "text"], name="one_variant_per_concept_language")
        ]

    def __str__(self):
        return f"{self.text} [{self.language}, {self.get_status_display()}]"

    @property
    def is_flagged(self) -> bool:
        return self.status in FLAGGED
