"""What core keeps in the database itself: the counts of the rate limits (core.ratelimit)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class RateCounter(models.Model):
    """How often something was done in the current window, under a keyed hash of who did it."""

    name = models.CharField(_("counter"), max_length=200, unique=True)
    hits = models.PositiveIntegerField(_("count"), default=0)
    expires = models.BigIntegerField(_("window ends (Unix time)"), db_index=True)

    class Meta:
        verbose_name = _("rate counter")
        verbose_name_plural = _("rate counters")

    def __str__(self):
        return self.name
