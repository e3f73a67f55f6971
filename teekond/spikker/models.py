"""The spikker: the unwritten rules of everyday Estonian life, each with examples and the why.

Estonian is the source; every other language is a translation that knows the source version it was
made from (core.translation), so an outdated translation shows wherever the entry does.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from teekond.core.translation import Translatable, TranslatedText

# The texts of an entry, in every language (EntryText), in the order the pages show them.
ENTRY_TEXT_FIELDS = ("title", "situation", "rule", "examples", "why", "tip")


class LifeArea(Translatable):
    """Where in life a rule matters; data, not code, so an area can be added."""

    key = models.SlugField(_("key"), unique=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    history = HistoricalRecords()

    class Meta:
        ordering = ["order", "key"]
        verbose_name = _("life area")
        verbose_name_plural = _("life areas")

    def __str__(self):
        return self.text().name or self.key


class LifeAreaText(TranslatedText):
    area = models.ForeignKey(LifeArea, on_delete=models.CASCADE, related_name="texts")
    name = models.CharField(_("name"), max_length=100)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["area", "language"], name="one_area_text_per_language")]


class EntryStatus(models.TextChoices):
    DRAFT = "draft", _("draft")
    IN_REVIEW = "in-review", _("in review")
    PUBLISHED = "published", _("published")
    ARCHIVED = "archived", _("archived")


class EntryQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=EntryStatus.PUBLISHED)

    def for_listing(self):
        return self.select_related("area").prefetch_related("texts", "area__texts", "stages__texts")


class Entry(Translatable):
    key = models.SlugField(_("key"), max_length=80, unique=True)
    area = models.ForeignKey(LifeArea, verbose_name=_("life area"), on_delete=models.PROTECT, related_name="entries")
    stages = models.ManyToManyField(
        "journey.Stage", verbose_name=_("journey stages"), related_name="spikker_entries", blank=True
    )
    situations = models.JSONField(
        _("situations"),
        default=list,
        blank=True,
        help_text=_("The newcomer situations the rule is about; empty when it concerns everyone."),
    )
    children_only = models.BooleanField(_("only for families with children"), default=False)
    status = models.CharField(_("status"), max_length=16, choices=EntryStatus.choices, default=EntryStatus.DRAFT)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    checked = models.DateField(
        _("last checked by a person"),
        null=True,
        blank=True,
        help_text=_("Set when a coordinator confirms the entry as still valid in every language."),
    )
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("checked by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    history = HistoricalRecords()

    objects = EntryQuerySet.as_manager()

    class Meta:
        ordering = ["area__order", "key"]
        verbose_name = _("spikker entry")
        verbose_name_plural = _("spikker entries")

    def __str__(self):
        return self.text().title or self.key

    def get_absolute_url(self):
        return reverse("spikker:entry", kwargs={"key": self.key})

    def concerns(self, situation: str = "", children: bool | None = None) -> bool:
        """Whether the rule matters to a newcomer in this situation (any, when none is given), with or without
        children (either, when not said)."""
        for_situation = not situation or not self.situations or situation in self.situations
        return for_situation and (children is not False or not self.children_only)


class EntryText(TranslatedText):
    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="texts")
    title = models.CharField(_("title"), max_length=200)
    situation = models.TextField(_("situation"), blank=True)
    rule = models.TextField(_("the rule"), blank=True)
    examples = models.JSONField(_("examples"), default=list, blank=True)
    why = models.TextField(_("why it is so"), blank=True)
    tip = models.TextField(_("tip"), blank=True)
    history = HistoricalRecords()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["entry", "language"], name="one_entry_text_per_language")]

    def __str__(self):
        return f"{self.title} [{self.language}]"


class EntrySource(models.Model):
    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="sources")
    url = models.URLField(_("address"), max_length=500)
    checked = models.DateField(_("last checked"), null=True, blank=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("source")
        verbose_name_plural = _("sources")

    def __str__(self):
        return self.url


class Feedback(models.Model):
    """One reader's answer to "Was this helpful?"; nothing about the reader is kept."""

    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="feedback")
    helpful = models.BooleanField(_("helpful"))
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    created_at = models.DateTimeField(_("given"), auto_now_add=True)

    class Meta:
        verbose_name = _("feedback")
        verbose_name_plural = _("feedback")

    def __str__(self):
        return f"{self.entry_id}: {'+' if self.helpful else '-'}"


class SuggestionStatus(models.TextChoices):
    NEW = "new", _("waiting for moderation")
    ACCEPTED = "accepted", _("accepted")
    DECLINED = "declined", _("declined")


class Suggestion(models.Model):
    """A rule a reader misses; moderated by a coordinator, who may turn it into a draft entry."""

    area = models.ForeignKey(
        LifeArea, verbose_name=_("life area"), on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    situation = models.TextField(_("the situation"), max_length=2000)
    question = models.TextField(_("what you would like to know"), max_length=2000, blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=SuggestionStatus.choices, default=SuggestionStatus.NEW
    )
    # The month only, in the record and in its history (core.privacy.sent_in_month): never the moment.
    month = models.DateField(_("month"), help_text=_("The first day of the month it was sent in."))
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    moderated_at = models.DateTimeField(_("moderated"), null=True, blank=True)
    entry = models.ForeignKey(
        Entry,
        verbose_name=_("entry made from it"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="suggestions",
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["-month", "-pk"]
        verbose_name = _("suggestion")
        verbose_name_plural = _("suggestions")

    def __str__(self):
        return self.situation[:60]


class RevisionStatus(models.TextChoices):
    PENDING = "pending", _("waiting for review")
    APPROVED = "approved", _("approved")
    REJECTED = "rejected", _("rejected")


class EntryRevision(models.Model):
    """An editor's change to a published entry, kept aside until a coordinator approves it (spikker.services.revisions).

    Readers see the published text until then. `data` holds the change as the edit form gave it: for a change
    of the entry its area, key, stages, sources and texts per language; for a translation one language's texts.
    """

    entry = models.ForeignKey(Entry, verbose_name=_("entry"), on_delete=models.CASCADE, related_name="revisions")
    language = models.CharField(
        _("translation"), max_length=8, blank=True, help_text=_("Set for a translation; empty for the whole entry.")
    )
    data = models.JSONField(_("proposed change"))
    minor = models.BooleanField(_("minor change"), default=False)
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("proposed by"), on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(_("proposed"), auto_now_add=True)
    status = models.CharField(
        _("status"), max_length=16, choices=RevisionStatus.choices, default=RevisionStatus.PENDING
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decision_reason = models.CharField(_("why"), max_length=300, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("proposed change")
        verbose_name_plural = _("proposed changes")

    def __str__(self):
        return f"{self.entry.key} #{self.pk} ({self.status})"
