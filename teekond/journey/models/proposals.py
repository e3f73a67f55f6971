"""Proposals that address bottlenecks, followed through explicit states (journey.lifecycle) to a decision."""

import datetime as dt

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from teekond.core.translation import Translatable, TranslatedText
from teekond.journey.models.bottlenecks import Bottleneck, new_key


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
