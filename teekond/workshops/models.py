"""Live service-design workshops: a board whose columns are journey stages and rows perspectives.

Participants join with a code and need no account; each holds a random token (only its hash is kept).
Every change to a board bumps `Workshop.version`, so a client asking "anything since N?" is answered
from one row. The outcome becomes journey records through journey's services, keeping the origin.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords


class Phase(models.TextChoices):
    # A context of their own: "group", "vote" and "summary" are also nouns elsewhere in the interface.
    LOBBY = "lobby", pgettext_lazy("workshop phase", "lobby")
    COLLECT = "collect", pgettext_lazy("workshop phase", "collect notes")
    GROUP = "group", pgettext_lazy("workshop phase", "group")
    VOTE = "vote", pgettext_lazy("workshop phase", "vote")
    DISCUSS = "discuss", pgettext_lazy("workshop phase", "discuss")
    SUMMARY = "summary", pgettext_lazy("workshop phase", "summary")


class Workshop(models.Model):
    code = models.CharField(_("join code"), max_length=12, unique=True)
    title = models.CharField(_("title"), max_length=200)
    event = models.ForeignKey(
        "network.Event", verbose_name=_("event"), on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    facilitator = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("facilitator"), on_delete=models.PROTECT, related_name="+"
    )
    language = models.CharField(_("language of the workshop"), max_length=8, choices=settings.LANGUAGES, default="et")
    stages = models.ManyToManyField("journey.Stage", verbose_name=_("stages (columns)"), related_name="+")
    perspectives = models.ManyToManyField(
        "journey.Perspective", verbose_name=_("perspectives (rows)"), related_name="+"
    )
    phase = models.CharField(_("phase"), max_length=12, choices=Phase.choices, default=Phase.LOBBY)
    vote_budget = models.PositiveSmallIntegerField(_("votes per person"), default=5)
    vote_cap = models.PositiveSmallIntegerField(_("votes per person on one target"), default=2)
    # One participant's notes: a room's board stays readable on a phone, and one person cannot flood it.
    note_limit = models.PositiveSmallIntegerField(_("notes per person"), default=30)
    notes_per_minute = models.PositiveSmallIntegerField(_("notes per person in a minute"), default=6)
    focus_group = models.ForeignKey(
        "NoteGroup",
        verbose_name=_("group in focus"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    timer_ends_at = models.DateTimeField(_("timer ends"), null=True, blank=True)
    is_closed = models.BooleanField(_("closed"), default=False)
    # Facilitator tokens work only while they are of the current generation: closing, handing the workshop
    # over, rotating and deactivating a facilitator grow it, and every older token stops (workshops.tokens).
    facilitator_generation = models.PositiveIntegerField(default=1, editable=False)
    version = models.PositiveIntegerField(_("board version"), default=1, editable=False)
    # Grows with every change but a vote: while a room votes, only the counts change and the rest of a
    # drawn board is reused (selectors.board, views._live_board).
    layout_version = models.PositiveIntegerField(_("board layout version"), default=1, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    history = HistoricalRecords(
        excluded_fields=["version", "layout_version", "timer_ends_at", "facilitator_generation"]
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("workshop")
        verbose_name_plural = _("workshops")

    def __str__(self):
        return f"{self.title} ({self.code})"


class Participant(models.Model):
    workshop = models.ForeignKey(Workshop, on_delete=models.CASCADE, related_name="participants")
    name = models.CharField(_("display name"), max_length=60, blank=True)
    municipality = models.ForeignKey(
        "network.Municipality",
        verbose_name=_("municipality"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    token_hash = models.CharField(max_length=64, unique=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    is_facilitator = models.BooleanField(default=False)
    token_generation = models.PositiveIntegerField(default=1)
    joined_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["joined_at"]
        verbose_name = _("participant")
        verbose_name_plural = _("participants")

    def __str__(self):
        return self.name or f"#{self.pk}"


class NoteGroup(models.Model):
    """Notes the facilitator put together; what the room votes on and discusses."""

    workshop = models.ForeignKey(Workshop, on_delete=models.CASCADE, related_name="groups")
    title = models.CharField(_("title"), max_length=200)
    stage = models.ForeignKey("journey.Stage", verbose_name=_("stage"), on_delete=models.PROTECT, related_name="+")
    perspective = models.ForeignKey(
        "journey.Perspective", verbose_name=_("perspective"), on_delete=models.PROTECT, related_name="+"
    )
    decision = models.TextField(_("decision"), blank=True)
    bottleneck = models.ForeignKey(
        "journey.Bottleneck",
        verbose_name=_("bottleneck made or merged into"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("group")
        verbose_name_plural = _("groups")

    def __str__(self):
        return self.title


class Note(models.Model):
    workshop = models.ForeignKey(Workshop, on_delete=models.CASCADE, related_name="notes")
    participant = models.ForeignKey(Participant, on_delete=models.SET_NULL, null=True, blank=True, related_name="notes")
    is_anonymous = models.BooleanField(_("posted anonymously"), default=False)
    stage = models.ForeignKey("journey.Stage", verbose_name=_("stage"), on_delete=models.PROTECT, related_name="+")
    perspective = models.ForeignKey(
        "journey.Perspective", verbose_name=_("perspective"), on_delete=models.PROTECT, related_name="+"
    )
    text = models.CharField(_("note"), max_length=280)
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default="et",
        help_text=_("The language of the interface the note was written in (a pre-filled note: of its text)."),
    )
    group = models.ForeignKey(NoteGroup, on_delete=models.SET_NULL, null=True, blank=True, related_name="notes")
    bottleneck = models.ForeignKey(
        "journey.Bottleneck",
        verbose_name=_("existing bottleneck it stands for"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Set when the board was pre-filled with the map's bottlenecks."),
    )
    is_hidden = models.BooleanField(_("hidden by the facilitator"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("note")
        verbose_name_plural = _("notes")

    def __str__(self):
        return self.text[:60]


class Vote(models.Model):
    """One vote of one participant on a group or on a note that is in no group."""

    workshop = models.ForeignKey(Workshop, on_delete=models.CASCADE, related_name="votes")
    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="votes")
    group = models.ForeignKey(NoteGroup, on_delete=models.CASCADE, null=True, blank=True, related_name="votes")
    note = models.ForeignKey(Note, on_delete=models.CASCADE, null=True, blank=True, related_name="votes")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("vote")
        verbose_name_plural = _("votes")
        constraints = [
            models.CheckConstraint(
                condition=Q(group__isnull=False, note__isnull=True) | Q(group__isnull=True, note__isnull=False),
                name="vote_has_one_target",
            )
        ]

    def __str__(self):
        return f"{self.participant} → {self.group_id or self.note_id}"
