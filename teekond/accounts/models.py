from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from teekond.core.roles import Role


class User(AbstractUser):
    """A signed-in person of the network. The public needs no account."""

    role = models.CharField(_("role"), max_length=32, choices=Role.choices, blank=True)
    municipality = models.ForeignKey(
        "network.Municipality",
        verbose_name=_("municipality"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="users",
        help_text=_("The municipality whose data a municipality editor may change."),
    )
    history = HistoricalRecords(excluded_fields=["password", "last_login"])

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.CheckConstraint(
                condition=~Q(role=Role.MUNICIPALITY_EDITOR) | Q(municipality__isnull=False),
                name="municipality_editor_has_municipality",
                violation_error_message=_("A municipality editor must be bound to a municipality."),
            ),
        ]

    @property
    def is_coordinator(self) -> bool:
        return self.role == Role.COORDINATOR
