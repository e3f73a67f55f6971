"""The adaptation journey map: perspectives × stages, the steps of each stage, bottlenecks seen in them,
and the proposals that address the bottlenecks, each followed through explicit states to a decision."""

import datetime as dt

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
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


class Level(models.TextChoices):
    MUNICIPALITY = "municipality", _("municipality")
    NETWORK = "network", _("network (ELVL)")
    STATE = "state", pgettext_lazy("level of government", "state")


class ProposalState(models.TextChoices):
    DRAFT = "draft", _("draft")
    SUBMITTED = "submitted", _("submitted")
    DISCUSSED = "discussed", _("discussed in the network")
    ADOPTED = "adopted", _("adopted by the network")
    SENT = "sent", _("sent to the responsible body")
    ANSWERED = "answered", _("answered")
    IN_IMPLEMENTATION = "in-implementation", _("in implementation")
    IMPLEMENTED = "implemented", _("implemented")
    WITHDRAWN = "withdrawn", _("withdrawn")
    MERGED = "merged", _("merged into another proposal")
    REJECTED = "rejected", _("rejected by the network")


class AnswerKind(models.TextChoices):
    ACCEPTED = "accepted", _("accepted")
    PARTLY = "partly", _("partly accepted")
    REJECTED = "rejected", _("rejected")


class Proposal(Translatable):
    key = models.SlugField(
        _("key"), max_length=80, unique=True, default=new_key, help_text=_("Stable name for exports.")
    )
    bottlenecks = models.ManyToManyField(Bottleneck, verbose_name=_("bottlenecks addressed"), related_name="proposals")
    level = models.CharField(_("level"), max_length=16, choices=Level.choices)
    responsible_body = models.ForeignKey(
        "network.Organisation",
        verbose_name=_("responsible body"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="proposals",
    )
    origin_events = models.ManyToManyField(
        "network.Event", verbose_name=_("raised at"), related_name="proposals", blank=True
    )
    authors = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("authors"), related_name="proposals", blank=True
    )
    author_names = models.CharField(_("proposed by"), max_length=300, blank=True)
    owner_municipality = models.ForeignKey(
        "network.Municipality",
        verbose_name=_("recorded by municipality"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="recorded_proposals",
    )
    state = models.CharField(
        pgettext_lazy("lifecycle", "state"), max_length=24, choices=ProposalState.choices, default=ProposalState.DRAFT
    )
    state_changed_on = models.DateField(_("state since"), default=dt.date.today)
    submitted_on = models.DateField(
        _("submitted on"), null=True, blank=True, help_text=_("From this day on the proposal is public.")
    )
    sent_on = models.DateField(_("sent on"), null=True, blank=True)
    sent_reference = models.CharField(_("reference of the letter"), max_length=100, blank=True)
    registered_on = models.DateField(
        _("registered by the body on"),
        null=True,
        blank=True,
        help_text=_("The day the body registered the letter; the time to answer counts from it (MSVS § 6)."),
    )
    answer_due = models.DateField(
        _("answer due by"),
        null=True,
        blank=True,
        help_text=_("Set when the proposal is sent: 30 days from registration unless the body extended it."),
    )
    extension_announced_on = models.DateField(_("extension announced on"), null=True, blank=True)
    extension_reason = models.TextField(_("reason for the extension"), blank=True)
    answer_kind = models.CharField(_("answer"), max_length=16, choices=AnswerKind.choices, blank=True)
    answered_on = models.DateField(_("answered on"), null=True, blank=True)
    answer_text = models.TextField(_("the answer"), blank=True)
    answer_reasons = models.TextField(_("reasons given"), blank=True)
    progress = models.PositiveSmallIntegerField(_("progress %"), default=0)
    merged_into = models.ForeignKey(
        "self", verbose_name=_("merged into"), on_delete=models.PROTECT, null=True, blank=True, related_name="merged"
    )
    is_sample = models.BooleanField(
        _("sample content"), default=False, help_text=_("Starter content for coordinators to confirm or replace.")
    )
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["pk"]
        verbose_name = _("proposal")
        verbose_name_plural = _("proposals")
        constraints = [
            models.CheckConstraint(condition=Q(progress__lte=100), name="proposal_progress_is_a_percentage"),
        ]

    def __str__(self):
        return self.text().title or self.code

    def get_absolute_url(self):
        return reverse("journey:proposal", kwargs={"pk": self.pk})

    @property
    def code(self) -> str:
        """TK-YEAR-NUMBER, the year it was submitted (a draft: the year it was written)."""
        if self.submitted_on:
            year = self.submitted_on.year
        else:
            year = self.created_at.year if self.created_at else dt.date.today().year
        return f"TK-{year}-{self.pk:03d}"

    def days_waiting(self, today: dt.date) -> int | None:
        """Days since it was sent, while the responsible body has not answered."""
        if self.state == ProposalState.SENT and self.sent_on:
            return (today - self.sent_on).days
        return None

    def is_overdue(self, today: dt.date) -> bool:
        """Still unanswered after the day the answer was due."""
        return self.state == ProposalState.SENT and self.answer_due is not None and today > self.answer_due

    def days_to_answer(self) -> int | None:
        """How long the body took, from sending to the answer."""
        if self.sent_on and self.answered_on:
            return (self.answered_on - self.sent_on).days
        return None


class ProposalText(TranslatedText):
    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="texts")
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("proposal"), blank=True)
    history = HistoricalRecords()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["proposal", "language"], name="one_proposal_text_per_language")]


class ProposalTransition(models.Model):
    """One change of a proposal's state: when, who and why (the proposal's timeline)."""

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="transitions")
    from_state = models.CharField(_("from"), max_length=24, choices=ProposalState.choices)
    to_state = models.CharField(_("to"), max_length=24, choices=ProposalState.choices)
    on = models.DateField(_("date"))
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("by"), on_delete=models.SET_NULL, null=True, blank=True
    )
    reason = models.TextField(_("why"), blank=True)
    event = models.ForeignKey(
        "network.Event", verbose_name=_("at the event"), on_delete=models.SET_NULL, null=True, blank=True
    )
    details = models.JSONField(_("details"), default=dict, blank=True)
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["on", "pk"]
        verbose_name = _("state change")
        verbose_name_plural = _("state changes")

    def __str__(self):
        return f"{self.proposal_id}: {self.from_state} → {self.to_state} ({self.on})"


class Milestone(models.Model):
    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="milestones")
    on = models.DateField(_("date"))
    text = models.CharField(_("milestone"), max_length=300)
    progress = models.PositiveSmallIntegerField(_("progress %"), default=0)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES, default="et")

    class Meta:
        ordering = ["on", "pk"]
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")

    def __str__(self):
        return f"{self.on}: {self.text}"


class Comment(models.Model):
    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="journey_comments")
    text = models.TextField(_("comment"), max_length=2000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("comment")
        verbose_name_plural = _("comments")

    def __str__(self):
        return self.text[:80]


class Round(models.Model):
    """A round of prioritisation: a network meeting or workshop where members spend a support budget."""

    event = models.OneToOneField(
        "network.Event", verbose_name=_("event"), on_delete=models.PROTECT, related_name="round"
    )
    budget = models.PositiveSmallIntegerField(_("supports per person"), default=5)
    is_open = models.BooleanField(_("open for support"), default=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["event__start_date", "pk"]
        verbose_name = _("prioritisation round")
        verbose_name_plural = _("prioritisation rounds")

    def __str__(self):
        return str(self.event)


class Support(models.Model):
    """One person's support in one round, for a bottleneck or a proposal."""

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="supports")
    supporter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, blank=True)
    bottleneck = models.ForeignKey(Bottleneck, on_delete=models.CASCADE, null=True, blank=True, related_name="supports")
    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, null=True, blank=True, related_name="supports")
    weight = models.PositiveSmallIntegerField(_("votes"), default=1)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("support")
        verbose_name_plural = _("supports")
        constraints = [
            models.CheckConstraint(
                condition=Q(bottleneck__isnull=False, proposal__isnull=True)
                | Q(bottleneck__isnull=True, proposal__isnull=False),
                name="support_has_one_target",
            ),
            models.UniqueConstraint(
                fields=["round", "supporter", "bottleneck"],
                condition=Q(bottleneck__isnull=False),
                name="one_support_per_bottleneck_and_round",
            ),
            models.UniqueConstraint(
                fields=["round", "supporter", "proposal"],
                condition=Q(proposal__isnull=False),
                name="one_support_per_proposal_and_round",
            ),
        ]

    def __str__(self):
        return f"{self.round}: {self.bottleneck_id or self.proposal_id} × {self.weight}"


class ReminderKind(models.TextChoices):
    WEEK_BEFORE = "week-before", _("a week before the answer is due")
    DUE_DAY = "due-day", _("on the day the answer is due")


class DueReminder(models.Model):
    """A reminder sent to the coordinators about an answer coming due: one per kind and due date, so a
    second run on the same day sends nothing."""

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="reminders")
    kind = models.CharField(_("kind"), max_length=16, choices=ReminderKind.choices)
    due = models.DateField(_("answer due by"))
    sent_on = models.DateField(_("sent on"))

    class Meta:
        ordering = ["sent_on", "pk"]
        verbose_name = _("due-date reminder")
        verbose_name_plural = _("due-date reminders")
        constraints = [
            models.UniqueConstraint(fields=["proposal", "kind", "due"], name="one_reminder_per_kind_and_due_date"),
            models.UniqueConstraint(fields=["proposal", "sent_on"], name="one_reminder_per_proposal_and_day"),
        ]

    def __str__(self):
        return f"{self.proposal_id}: {self.kind} ({self.due})"


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
