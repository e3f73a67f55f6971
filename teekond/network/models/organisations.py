"""Organisations: ministries, agencies, municipalities and others a proposal or a step names."""


from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from teekond.network.models.municipalities import NAMES_HELP, Municipality, in_language


class OrganisationKind(models.TextChoices):
    ASSOCIATION = "association", _("association")
    MUNICIPALITY = "municipality", _("municipality")
    MINISTRY = "ministry", _("ministry")
    STATE_AGENCY = "agency", _("state agency or board")
    INTERNATIONAL = "international", _("international organisation")
    OTHER = "other", _("other")


class Organisation(models.Model):
    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(
        _("address name"), max_length=100, unique=True, help_text=_("Made from the name; stays when the name changes.")
    )
    short_name = models.CharField(_("short name"), max_length=40, blank=True)
    kind = models.CharField(_("kind"), max_length=16, choices=OrganisationKind.choices)
    municipality = models.OneToOneField(
        Municipality,
        verbose_name=_("municipality"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="organisation",
    )
    website = models.URLField(_("website"), blank=True)
    names = models.JSONField(_("name in other languages"), default=dict, blank=True, help_text=NAMES_HELP)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Organisation, self.name)
        super().save(*args, **kwargs)

    def name_in(self, language: str) -> str:
        return in_language(self.name, self.names, language)

    @property
    def is_state_body(self) -> bool:
        return self.kind in (OrganisationKind.MINISTRY, OrganisationKind.STATE_AGENCY)


def unique_slug(model, name: str) -> str:
    """An address name from `name` (Estonian letters spelt out), numbered when another record has it."""
    from django.utils.text import slugify

    base = slugify(name.translate(ESTONIAN_LETTERS))[:90] or "organisation"
    slug, number = base, 1
    while model.objects.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


ESTONIAN_LETTERS = str.maketrans("äöüõšžÄÖÜÕŠŽ", "aouoszAOUOSZ")
