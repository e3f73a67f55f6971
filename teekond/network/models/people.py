"""People and the working group they sit in."""


from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from teekond.network.models.municipalities import NAMES_HELP, SOURCE_HELP, in_language
from teekond.network.models.organisations import Organisation


class Person(models.Model):
    name = models.CharField(_("name"), max_length=200)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self):
        return self.name


class WorkingGroup(models.Model):
    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("address name"), unique=True)
    names = models.JSONField(_("name in other languages"), default=dict, blank=True, help_text=NAMES_HELP)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("working group")
        verbose_name_plural = _("working groups")

    def __str__(self):
        return self.name

    def name_in(self, language: str) -> str:
        return in_language(self.name, self.names, language)


class MembershipRole(models.TextChoices):
    CHAIR = "chair", _("chair")
    MEMBER = "member", _("member")


class WorkingGroupMembership(models.Model):
    """A person's seat in the working group, with the position they held at the time (as the seed lists it)."""

    working_group = models.ForeignKey(WorkingGroup, on_delete=models.CASCADE, related_name="memberships")
    person = models.ForeignKey(Person, verbose_name=_("person"), on_delete=models.PROTECT, related_name="memberships")
    role = models.CharField(_("role"), max_length=8, choices=MembershipRole.choices, default=MembershipRole.MEMBER)
    position = models.CharField(_("position at the time"), max_length=300)
    positions = models.JSONField(_("position in other languages"), default=dict, blank=True, help_text=NAMES_HELP)
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.PROTECT, null=True, blank=True
    )
    year = models.PositiveSmallIntegerField(_("year"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    source = models.CharField(_("source"), max_length=500, blank=True, help_text=SOURCE_HELP)
    history = HistoricalRecords()

    class Meta:
        ordering = ["year", "order", "person__name"]
        verbose_name = _("working group membership")
        verbose_name_plural = _("working group memberships")
        constraints = [
            models.UniqueConstraint(fields=["working_group", "person", "year"], name="one_seat_per_person_and_year"),
        ]

    def __str__(self):
        return f"{self.person}, {self.position}"

    def position_in(self, language: str) -> str:
        return in_language(self.position, self.positions, language)
