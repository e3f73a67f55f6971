"""The network's events: meetings, workshops, conferences."""

import datetime as dt

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from teekond.core.dates import format_range
from teekond.core.translation import Translatable, TranslatedText
from teekond.network.models.municipalities import NAMES_HELP, SOURCE_HELP, Municipality, in_language
from teekond.network.models.organisations import Organisation
from teekond.network.models.people import WorkingGroup


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
