"""The partner network: municipalities, agreements, organisations and people, the working group, events."""

import datetime as dt

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from teekond.core.dates import Precision, format_date, format_range, precise_bounds
from teekond.core.translation import Translatable, TranslatedText

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


class EventType(models.TextChoices):
    NETWORK_MEETING = "network-meeting", _("network meeting")
    WORKSHOP = "workshop", _("service-design workshop")
    ACADEMY = "academy", _("academy")
    TRAINING_DAY = "training-day", _("training day")
    CONFERENCE = "conference", _("conference")
    WORKING_GROUP_MEETING = "working-group-meeting", _("working-group meeting")
    STUDY_VISIT = "study-visit", _("study visit")


class EventQuerySet(models.QuerySet):
    def with_details(self):
        return self.select_related("host_municipality").prefetch_related("texts", "organisers", "co_organisers")

    def dated(self):
        return self.filter(start_date__isnull=False)


class Event(Translatable):
    """One event of the network; a multi-day event is one event with a start and an end date.

    `year` is always known; the dates may be open where the source does not give them (the seed's
    working-group meeting), and then pages say so rather than invent a day.
    """

    type = models.CharField(_("type"), max_length=32, choices=EventType.choices)
    year = models.PositiveSmallIntegerField(_("year"))
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    town = models.CharField(_("town"), max_length=100, blank=True)
    towns = models.JSONField(_("town in other languages"), default=dict, blank=True, help_text=NAMES_HELP)
    country = models.CharField(
        _("country code"), max_length=2, default="EE", help_text=_("ISO 3166 code, e.g. EE, LV.")
    )
    host_municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("host municipality"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="hosted_events",
    )
    organisers = models.ManyToManyField(
        Organisation, verbose_name=_("organisers"), related_name="organised_events", blank=True
    )
    co_organisers = models.ManyToManyField(
        Organisation, verbose_name=_("in cooperation with"), related_name="co_organised_events", blank=True
    )
    participating_municipalities = models.ManyToManyField(
        Municipality, verbose_name=_("participating municipalities"), related_name="attended_events", blank=True
    )
    participant_count = models.PositiveIntegerField(_("number of participants"), null=True, blank=True)
    includes_workshop = models.BooleanField(
        _("included a service-design workshop"),
        default=False,
        help_text=_("A network meeting whose programme held a service-design workshop on the journey map."),
    )
    working_group = models.ForeignKey(
        WorkingGroup,
        verbose_name=_("working group"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="meetings",
    )
    source = models.CharField(_("source"), max_length=500, blank=True, help_text=SOURCE_HELP)
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["start_date", "pk"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(start_date__isnull=False, end_date__gte=models.F("start_date")),
                name="event_ends_after_start",
                violation_error_message=_("An event cannot end before it starts."),
            ),
        ]

    def __str__(self):
        return f"{self.text().title} ({self.when_display})"

    def get_absolute_url(self):
        return reverse("network:event", kwargs={"pk": self.pk})

    @property
    def last_date(self) -> dt.date | None:
        return self.end_date or self.start_date

    @property
    def when_display(self) -> str:
        return format_range(self.start_date, self.end_date) or str(self.year)

    def town_in(self, language: str) -> str:
        return in_language(self.town, self.towns, language)


class EventText(TranslatedText):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="texts")
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    audience = models.CharField(_("audience"), max_length=300, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("event text")
        verbose_name_plural = _("event texts")
        constraints = [models.UniqueConstraint(fields=["event", "language"], name="one_event_text_per_language")]

    def __str__(self):
        return f"{self.title} [{self.language}]"
