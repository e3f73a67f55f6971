"""Following without an account: an e-mail address, the records it follows, and the changes to tell.

The address is the only personal data and is kept for this purpose only: it is deleted with every
follow when its owner unsubscribes, and an address whose follows were never confirmed is deleted after
a short while (services.followers_purge). No name, no IP address, no account.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def new_token() -> str:
    return secrets.token_urlsafe(24)


class TargetKind(models.TextChoices):
    PROPOSAL = "proposal", _("proposal")
    BOTTLENECK = "bottleneck", _("bottleneck")
    STAGE = "stage", _("stage")
    BODY = "body", _("responsible body")


class ChangeKind(models.TextChoices):
    STATE = "state", _("state change")
    ANSWER = "answer", _("answer from the body")
    MERGE = "merge", _("merge")
    EXTENSION = "extension", _("extension of the time to answer")
    EVIDENCE = "evidence", _("new evidence")


class Follower(models.Model):
    email = models.EmailField(_("e-mail address"), unique=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    # In every message: unsubscribes from everything and deletes the address (one click, RFC 8058).
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    # Changes after this moment go into the next digest.
    told_until = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("follower")
        verbose_name_plural = _("followers")

    def __str__(self):
        return self.email


class Follow(models.Model):
    follower = models.ForeignKey(Follower, on_delete=models.CASCADE, related_name="follows")
    kind = models.CharField(_("kind"), max_length=16, choices=TargetKind.choices)
    key = models.CharField(_("key"), max_length=100)
    # Sent in the confirmation message: nothing is sent about a follow until its owner confirms it.
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    requested_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("follow")
        verbose_name_plural = _("follows")
        constraints = [models.UniqueConstraint(fields=["follower", "kind", "key"], name="one_follow_per_target")]
        indexes = [models.Index(fields=["kind", "key"], name="follow_target")]

    def __str__(self):
        return f"{self.kind}:{self.key}"


class Change(models.Model):
    """Something followers are told about, recorded in the transaction that made it."""

    kind = models.CharField(_("kind"), max_length=16, choices=ChangeKind.choices)
    happened_at = models.DateTimeField(_("recorded"), db_index=True)
    on = models.DateField(_("date"))
    proposal = models.ForeignKey("journey.Proposal", on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    bottleneck = models.ForeignKey(
        "journey.Bottleneck", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    details = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["happened_at", "pk"]
        verbose_name = _("change")
        verbose_name_plural = _("changes")

    def __str__(self):
        return f"{self.kind} {self.proposal_id or self.bottleneck_id} {self.on}"


class ChangeSubject(models.Model):
    """A record a change concerns: a proposal's change also concerns its body, bottlenecks and stages."""

    change = models.ForeignKey(Change, on_delete=models.CASCADE, related_name="subjects")
    kind = models.CharField(max_length=16, choices=TargetKind.choices)
    key = models.CharField(max_length=100)

    class Meta:
        indexes = [models.Index(fields=["kind", "key"], name="change_subject_target")]
        constraints = [models.UniqueConstraint(fields=["change", "kind", "key"], name="one_subject_per_change")]

    def __str__(self):
        return f"{self.kind}:{self.key}"


class Digest(models.Model):
    """One message a day at most: the database refuses a second digest for the same follower and day."""

    follower = models.ForeignKey(Follower, on_delete=models.CASCADE, related_name="digests")
    day = models.DateField()
    changes = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["follower", "day"], name="one_digest_per_follower_and_day")]

    def __str__(self):
        return f"{self.follower_id} {self.day}"
